// Adapted from Markdig's AutoLinkParser (Copyright (c) Alexandre Mutel, BSD 2-Clause licence,
// https://github.com/xoofx/markdig); the change is the context check, see BareUrlParser.
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Portfolio.Content;

/// <summary>Turns bare web and mail addresses in text into links, as Markdig's auto-link extension does, in linear time.</summary>
public sealed class BareUrlExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BareUrlParser>())
        {
            pipeline.InlineParsers.Insert(0, new BareUrlParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

/// <summary>
/// Markdig's auto-link parser, but linear: before each candidate address Markdig walks back through every earlier
/// inline of the paragraph looking for a raw <c>&lt;a&gt;</c>, which makes a paragraph of many addresses quadratic
/// (a quarter of a megabyte of them took a second). Raw HTML is refused in content, so only the enclosing
/// inlines are looked at here: an address inside an open '[' stays text, as before.
/// </summary>
public sealed class BareUrlParser : InlineParser
{
    const string ValidPreviousCharacters = "*_~(";

    public BareUrlParser() => OpeningCharacters = ['h', 'f', 'm', 't', 'w'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (!previous.IsWhiteSpaceOrZero() && !ValidPreviousCharacters.Contains(previous, StringComparison.Ordinal))
        {
            return false;
        }

        var span = slice.AsSpan();
        var mayBeValid = span.Length >= 4 && span[0] switch
        {
            'h' => span.StartsWith("https://", StringComparison.Ordinal) || span.StartsWith("http://", StringComparison.Ordinal),
            'w' => span.StartsWith("www.", StringComparison.Ordinal),
            'f' => span.StartsWith("ftp://", StringComparison.Ordinal),
            'm' => span.StartsWith("mailto:", StringComparison.Ordinal),
            _ => span.StartsWith("tel:", StringComparison.Ordinal),
        };
        return mayBeValid && MatchCore(processor, ref slice);
    }

    static bool MatchCore(InlineProcessor processor, ref StringSlice slice)
    {
        var c = slice.CurrentChar;
        var startPosition = slice.Start;
        var pendingEmphasis = PendingEmphasisOrNull(processor);
        if (pendingEmphasis is null || !LinkHelper.TryParseUrl(ref slice, out var link, out _, true))
        {
            return false;
        }

        if (pendingEmphasis.Length > 0)
        {
            for (var i = link.Length - 1; i >= 0; i--)
            {
                if (pendingEmphasis.Contains(link[i], StringComparison.Ordinal))
                {
                    slice.Start--;
                }
                else
                {
                    if (i < link.Length - 1)
                    {
                        link = link[..(i + 1)];
                    }

                    break;
                }
            }
        }

        int domainOffset;
        switch (c)
        {
            case 'h':
                if (link is "http://" or "https://")
                {
                    return false;
                }

                domainOffset = link[4] == 's' ? 8 : 7;
                break;
            case 'w':
                domainOffset = 4;
                break;
            case 'f':
                if (link == "ftp://")
                {
                    return false;
                }

                domainOffset = 6;
                break;
            case 't':
                if (link == "tel")
                {
                    return false;
                }

                domainOffset = 0;
                break;
            default:
                var at = link.IndexOf('@', StringComparison.Ordinal);
                if (at is -1 or 7)
                {
                    return false;
                }

                domainOffset = at + 1;
                break;
        }

        if (c != 't' && !LinkHelper.IsValidDomain(link, domainOffset, allowDomainWithoutPeriod: false))
        {
            return false;
        }

        var inline = new LinkInline
        {
            Span = { Start = processor.GetSourcePosition(startPosition, out var line, out var column) },
            Line = line,
            Column = column,
            Url = c == 'w' ? "http://" + link : link,
            IsClosed = true,
            IsAutoLink = true,
        };
        var skip = c switch
        {
            'm' => 7,
            't' => 4,
            _ => 0,
        };
        inline.Span.End = inline.Span.Start + link.Length - 1;
        inline.UrlSpan = inline.Span;
        inline.AppendChild(new LiteralInline
        {
            Span = inline.Span,
            Line = line,
            Column = column,
            Content = new StringSlice(slice.Text, startPosition + skip, startPosition + link.Length - 1),
            IsClosed = true,
        });
        processor.Inline = inline;
        return true;
    }

    /// <summary>
    /// The emphasis characters pending around the address (they are not part of it), or null when the address sits
    /// inside an open link bracket. Walks the enclosing inlines only, which Markdown nesting limits keep few.
    /// </summary>
    static string? PendingEmphasisOrNull(InlineProcessor processor)
    {
        var pending = "";
        var brackets = 0;
        for (var current = processor.Inline; current is not null; current = current.Parent)
        {
            if (current is LinkDelimiterInline { IsActive: true } delimiter)
            {
                brackets += delimiter.Type == DelimiterType.Open ? 1 : delimiter.Type == DelimiterType.Close ? -1 : 0;
            }
            else if (current is EmphasisDelimiterInline emphasis && !pending.Contains(emphasis.DelimiterChar, StringComparison.Ordinal))
            {
                pending += emphasis.DelimiterChar;
            }
        }

        return brackets <= 0 ? pending : null;
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Portfolio.Rendering.Head;

/// <summary>
/// Serialises schema.org data as a <c>&lt;script type="application/ld+json"&gt;</c> element. The encoder
/// keeps letters of every script readable but always escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
/// quotes and <c>+</c> as <c>\u003C</c> and so on, so no content can close the element or open a
/// comment in it. The element is data, not script: the site's Content-Security-Policy
/// (<c>script-src 'self'</c>) does not block it, since browsers never execute that type.
/// </summary>
public static class JsonLd
{
    static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static HtmlString Element(JsonNode data) =>
        new($"<script type=\"application/ld+json\">{data.ToJsonString(Options)}</script>");
}

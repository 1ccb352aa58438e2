using System.Buffers.Binary;
using Portfolio.Model;
using Portfolio.OpenData;
using Portfolio.Rendering;
using Portfolio.Rendering.Views;

namespace Portfolio.Plumbing;

/// <summary>
/// Gives each page its <see cref="PageMeta"/>: Open Graph type and locale, the theme's social image
/// (<c>assets/img/social.png</c>, its size read from the PNG header) and JSON-LD for the home page,
/// the Data page and the case pages. The 404 page gets none: it is not a page to share.
/// </summary>
public sealed class PageMetadata
{
    public const string SocialImageAsset = "img/social.png";

    readonly UiText text;
    readonly StructuredData data;
    readonly SocialImage? image;

    public PageMetadata(Site site, Theme theme, Urls urls, UiText text, DateOnly? buildDate)
    {
        this.text = text;
        data = new StructuredData(site, urls, DatasetInfo.Of(site, urls, text, buildDate));
        image = theme.Assets.TryGetValue(SocialImageAsset, out var asset) && PngSize(asset.Bytes) is { } size
            ? new SocialImage(urls.Absolute("/" + asset.OutputPath), "image/png", size.Width, size.Height, text["meta.image_alt"])
            : null;
    }

    public PageRoute Describe(PageRoute route)
    {
        if (route.Kind == "not-found")
        {
            return route;
        }

        var jsonLd = route switch
        {
            { Data: CasePageView view } => JsonLd.Element(data.Project(view.Case)),
            { Kind: "home" } => JsonLd.Element(data.Home()),
            { Kind: "data" } => JsonLd.Element(data.DataPage()),
            _ => HtmlString.Empty,
        };
        return route with { Meta = new PageMeta(route.Data is CasePageView ? "article" : "website", text["meta.locale"], image, jsonLd) };
    }

    /// <summary>Width and height from a PNG's IHDR chunk, which always comes first after the signature.</summary>
    static (int Width, int Height)? PngSize(byte[] bytes)
    {
        ReadOnlySpan<byte> signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length < 24 || !bytes.AsSpan(0, 8).SequenceEqual(signature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }
}

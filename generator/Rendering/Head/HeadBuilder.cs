using System.Buffers.Binary;
using Portfolio.Model;

namespace Portfolio.Rendering.Head;

/// <summary>
/// Makes each page's <see cref="PageHead"/>: Open Graph type and locale, the theme's social image
/// (<c>assets/img/social.png</c>, its size read from the PNG header) and JSON-LD for the home page, the Data page
/// and the case pages. The 404 page gets none: it is not a page to share.
/// </summary>
public sealed class HeadBuilder
{
    public const string SocialImageAsset = "img/social.png";

    readonly string locale;
    readonly StructuredData data;
    readonly SocialImage? image;

    public HeadBuilder(Site site, Theme theme, Urls urls, UiText text, DatasetInfo dataset)
    {
        locale = text["meta.locale"];
        data = new StructuredData(site, urls, dataset);
        image = theme.Assets.TryGetValue(SocialImageAsset, out var asset) && PngSize(asset.Bytes) is { } size
            ? new SocialImage(urls.Absolute("/" + asset.OutputPath), "image/png", size.Width, size.Height, text["meta.image_alt"])
            : null;
    }

    /// <summary>A page with no structured data of its own.</summary>
    public PageHead Plain() => new("website", locale, image, HtmlString.Empty);

    public PageHead ForCase(Case c) => new("article", locale, image, JsonLd.Element(data.Project(c)));

    public PageHead ForHome() => new("website", locale, image, JsonLd.Element(data.Home()));

    public PageHead ForData() => new("website", locale, image, JsonLd.Element(data.DataPage()));

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

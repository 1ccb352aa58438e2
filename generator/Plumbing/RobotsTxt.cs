using System.Text;
using Portfolio.Rendering;

namespace Portfolio.Plumbing;

/// <summary><c>/robots.txt</c>: every crawler may read every page, and the sitemap says which pages there are.</summary>
public static class RobotsTxt
{
    public const string Path = Urls.Robots;

    public static byte[] Write(Urls urls) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute(SitemapXml.Path)}\n");
}

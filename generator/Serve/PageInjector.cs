using System.Text;

namespace Portfolio.Serve;

/// <summary>Adds the live-reload script to a page as it is served; the built files themselves never carry it.</summary>
public static class PageInjector
{
    public static byte[] WithReloadScript(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = ServeAssets.ScriptTag(version);
        var head = text.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(head >= 0 ? text.Insert(head, tag + "\n") : text + tag);
    }
}

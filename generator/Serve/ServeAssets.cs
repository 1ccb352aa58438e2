namespace Portfolio.Serve;

/// <summary>The files only the preview serves, under <c>/_serve/</c>: the live-reload script and the error panel's styles.</summary>
public static class ServeAssets
{
    public const string ScriptPath = "/_serve/reload.js";
    public const string StylePath = "/_serve/overlay.css";
    public const string EventsPath = "/_serve/events";

    public static ReadOnlyMemory<byte> Script { get; } = Read("reload.js");

    public static ReadOnlyMemory<byte> Style { get; } = Read("overlay.css");

    /// <summary>The tag that loads the script, naming the site version the page belongs to.</summary>
    public static string ScriptTag(int version) => $"<script src=\"{ScriptPath}?v={version}\" defer></script>";

    static byte[] Read(string name)
    {
        using var stream = typeof(ServeAssets).Assembly.GetManifestResourceStream("Portfolio.Serve." + name)
            ?? throw new InvalidOperationException($"the embedded file {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

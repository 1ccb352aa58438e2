namespace Portfolio.Output;

/// <summary>One file of the built site: its path relative to the output folder and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Bytes)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    public static OutputFile Text(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}

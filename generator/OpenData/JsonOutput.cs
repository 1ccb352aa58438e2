using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portfolio.OpenData;

/// <summary>
/// How the generator writes JSON files: indented with '\n' on every platform (the output must be the
/// same bytes everywhere) and with accents and other non-ASCII letters kept as they are.
/// </summary>
public static class JsonOutput
{
    /// <summary>
    /// For standalone <c>.json</c> files served as <c>application/json</c> (with <c>nosniff</c>): the
    /// relaxed encoder still escapes quotes, backslashes and control characters, so the file is always
    /// valid JSON; it leaves <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> readable. Never use it for JSON
    /// placed inside HTML: the JSON-LD in pages uses the HTML-safe encoder instead.
    /// </summary>
    public static JsonWriterOptions File { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes a JSON document with <see cref="File"/> options and returns its UTF-8 bytes, ending with a newline.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, File))
        {
            write(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}

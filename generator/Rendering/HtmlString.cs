namespace Portfolio.Rendering;

/// <summary>
/// HTML that is already safe: rendered Markdown, a rendered partial or an SVG chart built by the
/// generator. It is the only kind of value a template writes without escaping.
/// </summary>
public sealed record HtmlString(string Value)
{
    public static HtmlString Empty { get; } = new("");

    public override string ToString() => Value;
}

namespace Portfolio.Content.Schema;

/// <summary>The sets of names a slug field can be required to come from.</summary>
public enum SlugTarget
{
    Theme,
    Technique,
    GuideStep,
    Case,
}

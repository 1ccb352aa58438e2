namespace Portfolio.Content;

/// <summary>What a content file is, decided by the folder it sits in.</summary>
public enum ContentKind
{
    Case,
    GuideStep,
    Page,
    Data,
}

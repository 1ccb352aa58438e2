namespace Portfolio.Model;

/// <summary>What a case can be filed under: the groups a reader browses and filters by.</summary>
public enum Taxon
{
    Country,
    Theme,
    Technique,
    Level,
    Phase,
    Sector,
}

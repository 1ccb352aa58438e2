namespace Portfolio.Model;

/// <summary>A country, theme, technique, level, phase or sector, with its name in the site's language, resolved once by the model.</summary>
public sealed record Named(Taxon Taxon, string Slug, string Name);

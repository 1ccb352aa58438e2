namespace Portfolio.BrowserTests;

/// <summary>One built site and one browser for all browser test classes.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserSite : ICollectionFixture<BuiltSite>, ICollectionFixture<Chromium>
{
    public const string Name = "site in a browser";
}

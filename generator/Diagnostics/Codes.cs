namespace Portfolio.Diagnostics;

/// <summary>
/// Every diagnostic code the generator emits. Codes never change meaning once published:
/// PF0xxx files and syntax, PF1xxx schema, PF2xxx references between files, PF3xxx Markdown,
/// PF4xxx theme and templates, PF5xxx checks on the rendered site, PF9xxx usage and internal.
/// </summary>
public static class Codes
{
    public static readonly DiagnosticCode FileTooLarge = new("PF0001", "file is larger than the size limit");
    public static readonly DiagnosticCode InvalidUtf8 = new("PF0002", "file is not valid UTF-8");
    public static readonly DiagnosticCode EmptyFile = new("PF0003", "file is empty");
    public static readonly DiagnosticCode MissingFrontMatter = new("PF0004", "front matter is missing or not closed");
    public static readonly DiagnosticCode YamlSyntax = new("PF0005", "YAML syntax error");
    public static readonly DiagnosticCode YamlAlias = new("PF0006", "YAML anchors and aliases are not allowed");
    public static readonly DiagnosticCode YamlTooDeep = new("PF0007", "YAML nesting is too deep");
    public static readonly DiagnosticCode NotAMapping = new("PF0008", "front matter or data file is not a mapping");
    public static readonly DiagnosticCode DuplicateKey = new("PF0009", "a key appears twice in one mapping");
    public static readonly DiagnosticCode InvalidFileName = new("PF0010", "file name is not a valid slug");
    public static readonly DiagnosticCode MultipleDocuments = new("PF0011", "YAML holds more than one document");
    public static readonly DiagnosticCode UnexpectedFile = new("PF0012", "file is not where content is expected");
    public static readonly DiagnosticCode MissingContent = new("PF0013", "required content file or folder is missing");
    public static readonly DiagnosticCode LinkOutside = new("PF0014", "symbolic link leads outside its folder, nowhere, or round in a loop");
    public static readonly DiagnosticCode NotRegularFile = new("PF0015", "not a regular file (a pipe, device or socket)");
    public static readonly DiagnosticCode Unreadable = new("PF0016", "file cannot be read");
    public static readonly DiagnosticCode ControlCharacter = new("PF0017", "text holds a control character or a Unicode noncharacter");

    public static readonly DiagnosticCode UnknownField = new("PF1001", "unknown field");
    public static readonly DiagnosticCode MissingField = new("PF1002", "required field is missing");
    public static readonly DiagnosticCode WrongType = new("PF1003", "value has the wrong type");
    public static readonly DiagnosticCode NotInEnum = new("PF1004", "value is not one of the allowed values");
    public static readonly DiagnosticCode TooLong = new("PF1005", "text is longer than allowed");
    public static readonly DiagnosticCode TooFewItems = new("PF1006", "list has too few items");
    public static readonly DiagnosticCode InvalidCountry = new("PF1007", "not an ISO 3166-1 alpha-2 country code");
    public static readonly DiagnosticCode InvalidUrl = new("PF1008", "URL is not an absolute http(s) URL");
    public static readonly DiagnosticCode InvalidDate = new("PF1009", "date is not a real YYYY-MM-DD date");
    public static readonly DiagnosticCode OutOfRange = new("PF1010", "number is out of range");
    public static readonly DiagnosticCode InvalidSlug = new("PF1011", "value is not a valid slug");
    public static readonly DiagnosticCode DuplicateItem = new("PF1012", "a list holds the same value twice");
    public static readonly DiagnosticCode EmptyValue = new("PF1013", "text is empty");

    public static readonly DiagnosticCode DuplicateSlug = new("PF2001", "two files have the same slug");
    public static readonly DiagnosticCode UnknownTheme = new("PF2002", "theme is not in taxonomies.yml");
    public static readonly DiagnosticCode UnknownTechnique = new("PF2003", "technique is not in taxonomies.yml");
    public static readonly DiagnosticCode UnknownGuideStep = new("PF2004", "guide step does not exist");
    public static readonly DiagnosticCode UnknownCase = new("PF2005", "case does not exist");
    public static readonly DiagnosticCode GuideNumbering = new("PF2006", "guide steps are not numbered 1..n");

    public static readonly DiagnosticCode RawHtml = new("PF3001", "raw HTML in Markdown");
    public static readonly DiagnosticCode UnsafeLink = new("PF3002", "link or image uses an unsafe URL scheme");
    public static readonly DiagnosticCode HeadingLevel = new("PF3003", "level-1 heading in a body");
    public static readonly DiagnosticCode MarkdownTooDeep = new("PF3004", "Markdown is nested too deeply");
    public static readonly DiagnosticCode MarkdownTooLarge = new("PF3005", "Markdown goes beyond a size limit (headings, link definitions, an unbroken run of characters)");

    public static readonly DiagnosticCode TemplateSyntax = new("PF4001", "template syntax error");
    public static readonly DiagnosticCode TemplateRuntime = new("PF4002", "template failed while rendering");
    public static readonly DiagnosticCode TemplateMissing = new("PF4003", "layout or partial is missing");
    public static readonly DiagnosticCode TranslationMissing = new("PF4004", "UI text key is missing from the language file");
    public static readonly DiagnosticCode AssetNotMinified = new("PF4005", "theme style sheet or script could not be minified");

    public static readonly DiagnosticCode BrokenLink = new("PF5001", "internal link points to no page");
    public static readonly DiagnosticCode BrokenAnchor = new("PF5002", "link points to a missing anchor");
    public static readonly DiagnosticCode MissingAlt = new("PF5003", "image without alt text");
    public static readonly DiagnosticCode HeadingCount = new("PF5004", "page does not have exactly one h1");
    public static readonly DiagnosticCode DuplicateId = new("PF5005", "id used twice on a page");
    public static readonly DiagnosticCode HeadingOrder = new("PF5006", "heading level skipped");

    public static readonly DiagnosticCode NeutralFieldInTranslation = new("PF6001", "a translation gives a field that is the same in every language");
    public static readonly DiagnosticCode TranslationWithoutOriginal = new("PF6002", "a translation has no original file");
    public static readonly DiagnosticCode TranslationShape = new("PF6003", "a translation's list does not match the original's");
    public static readonly DiagnosticCode TranslationBehind = new("PF6004", "a translation follows an earlier version of its original");
    public static readonly DiagnosticCode TranslationLanguage = new("PF6005", "a translation's language is not an edition of the site");
    public static readonly DiagnosticCode TranslatedFrom = new("PF6006", "a translation does not say which version of its original it follows");

    public static readonly DiagnosticCode Usage = new("PF9001", "command line usage error");
    public static readonly DiagnosticCode OutputLocked = new("PF9002", "output folder could not be replaced");
    public static readonly DiagnosticCode SourceUnreadable = new("PF9003", "a file changed or vanished while it was being read");
    public static readonly DiagnosticCode OutputNotOurs = new("PF9004", "output folder is not one the generator made, or holds the sources");

    /// <summary>All codes, in order, for the documentation table.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        FileTooLarge, InvalidUtf8, EmptyFile, MissingFrontMatter, YamlSyntax, YamlAlias, YamlTooDeep, NotAMapping,
        DuplicateKey, InvalidFileName, MultipleDocuments, UnexpectedFile, MissingContent, LinkOutside, NotRegularFile, Unreadable, ControlCharacter,
        UnknownField, MissingField, WrongType, NotInEnum, TooLong, TooFewItems, InvalidCountry, InvalidUrl,
        InvalidDate, OutOfRange, InvalidSlug, DuplicateItem, EmptyValue,
        DuplicateSlug, UnknownTheme, UnknownTechnique, UnknownGuideStep, UnknownCase, GuideNumbering,
        RawHtml, UnsafeLink, HeadingLevel, MarkdownTooDeep, MarkdownTooLarge,
        TemplateSyntax, TemplateRuntime, TemplateMissing, TranslationMissing, AssetNotMinified,
        BrokenLink, BrokenAnchor, MissingAlt, HeadingCount, DuplicateId, HeadingOrder,
        NeutralFieldInTranslation, TranslationWithoutOriginal, TranslationShape, TranslationBehind, TranslationLanguage, TranslatedFrom,
        Usage, OutputLocked, SourceUnreadable, OutputNotOurs,
    ];
}

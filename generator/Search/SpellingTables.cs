namespace Portfolio.Search;

/// <summary>
/// The spelling tables of <see cref="SpellingVariants"/>, per language, in folded form. Keep them small and
/// about words this site and its field use; a test checks each rule on both sides of the search.
/// </summary>
static class SpellingTables
{
    public static SpellingVariants For(string primaryLanguage) => primaryLanguage switch
    {
        "en" => English,
        "pt" => Portuguese,
        _ => SpellingVariants.None,
    };

    /// <summary>British spellings to American ones (the direction does not matter: both sides use the same form).</summary>
    static readonly SpellingVariants English = SpellingVariants.Of(
        words:
        [
            // "programme" is the British noun; "programmer" and "programmed" are spelled alike in both, so are left alone.
            ("programme", "program"), ("programmes", "programs"),
            // The verb "practise": without these the -ise ending below would make it "practize".
            ("practise", "practice"), ("practised", "practiced"), ("practises", "practices"), ("practising", "practicing"),
            ("ageing", "aging"), ("grey", "gray"), ("fulfil", "fulfill"), ("fulfils", "fulfills"), ("enrol", "enroll"),
            ("enrols", "enrolls"), ("aluminium", "aluminum"),
        ],
        beginnings:
        [
            ("behaviour", "behavior"), ("colour", "color"), ("favour", "favor"), ("honour", "honor"), ("labour", "labor"),
            ("neighbour", "neighbor"), ("harbour", "harbor"), ("humour", "humor"), ("rumour", "rumor"), ("vigour", "vigor"),
            ("rigour", "rigor"), ("endeavour", "endeavor"), ("flavour", "flavor"), ("vapour", "vapor"), ("odour", "odor"),
            ("tumour", "tumor"), ("saviour", "savior"), ("candour", "candor"),
            ("centre", "center"), ("centred", "centered"), ("centring", "centering"), ("metre", "meter"), ("kilometre", "kilometer"),
            ("litre", "liter"), ("fibre", "fiber"), ("theatre", "theater"), ("calibre", "caliber"), ("sombre", "somber"),
            ("licenc", "licens"), ("defenc", "defens"), ("offenc", "offens"), ("pretenc", "pretens"),
            ("judgement", "judgment"), ("acknowledgement", "acknowledgment"), ("enrolment", "enrollment"),
            ("instalment", "installment"), ("fulfilment", "fulfillment"), ("skilful", "skillful"), ("wilful", "willful"),
            ("sceptic", "skeptic"), ("paediatric", "pediatric"), ("anaemi", "anemi"), ("mould", "mold"),
        ],
        endings:
        [
            ("isation", "ization"), ("isations", "izations"), ("isational", "izational"),
            ("ise", "ize"), ("ised", "ized"), ("ises", "izes"), ("ising", "izing"), ("iser", "izer"), ("isers", "izers"),
            ("yse", "yze"), ("ysed", "yzed"), ("yses", "yzes"), ("ysing", "yzing"), ("yser", "yzer"), ("ysers", "yzers"),
            ("ogue", "og"), ("ogues", "ogs"), ("ogued", "oged"),
        ]);

    /// <summary>
    /// Accents the Portuguese stemmer needs on the endings it removes, put back on words typed without them
    /// ("informacao", "informacoes" and "informação" all stem to "inform"). Measured on Snowball's Portuguese test
    /// vocabulary: with these, 98.6% of folded words stem as their accented spelling does, against 95.8% without.
    /// Spanish needs none: its stemmer already reads "-acion" and "-ucion" as "-ación" and "-ución".
    /// </summary>
    static readonly SpellingVariants Portuguese = SpellingVariants.Of(
        words: [],
        beginnings: [],
        endings:
        [
            ("cao", "ção"), ("coes", "ções"), ("ao", "ão"), ("aos", "ãos"), ("oes", "ões"), ("aes", "ães"),
            ("encia", "ência"), ("encias", "ências"), ("ancia", "ância"), ("ancias", "âncias"),
            ("avel", "ável"), ("aveis", "áveis"), ("ivel", "ível"), ("iveis", "íveis"),
            // Plurals in -ais: the stemmer strips "-ais" but leaves "-al" ("oficiais" gave "ofic", "oficial" itself),
            // so the plural is brought to its singular first ("diários oficiais" then finds "diário oficial").
            ("ais", "al"),
        ]);
}

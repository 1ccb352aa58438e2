using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schema of a guide step file, <c>content/guide/NN-slug.md</c>.</summary>
public static class GuideStepSchema
{
    public static readonly Field Title = Required("title", Text, "the step's name").Translated();
    public static readonly Field KeyQuestion = Optional("key_question", Text, "the key question the step asks, where the source guide asks one").Translated();
    public static readonly Field Summary = Required("summary", new TextType(280), "the step in one or two sentences").Translated();

    public static readonly Field BoxTitle = Required("title", Text, "the box heading").Translated();
    public static readonly Field BoxFigure = Optional("figure", new IntegerType(1, 99), "the figure of the source guide it corresponds to");
    public static readonly Field BoxKind = Required("kind", Vocabularies.BoxKind, "chain: an ordered chain; questions: a checklist; worked-example: questions answered for a case");
    public static readonly Field BoxCase = Optional("case", new SlugType(SlugTarget.Case), "the case the box draws on");
    public static readonly Field BoxItems = Optional("items", ListOf(Text), "the chain links or questions").Translated();
    public static readonly Field Question = Required("question", Text, "the question").Translated();
    public static readonly Field Answer = Required("answer", Text, "the case's answer").Translated();
    public static readonly Field BoxAnswers = Optional("answers", ListOf(Object(Question, Answer)), "for worked examples");
    public static readonly Field Boxes = Optional("boxes", ListOf(Object(BoxTitle, BoxFigure, BoxKind, BoxCase, BoxItems, BoxAnswers)), "question boxes shown beside the text");

    public static readonly Field Matrices = Optional("matrices", ListOf(Vocabularies.Matrix), "matrices from content/data/matrices.yml shown on the page");
    public static readonly Field LastReviewed = Optional("last_reviewed", Date, "when the text was last checked");

    public static readonly ObjectType Root = Object(Title, KeyQuestion, Summary, Boxes, Matrices, LastReviewed);
}

using static Portfolio.Content.Schema.Fields;

namespace Portfolio.Content.Schema;

/// <summary>The schema of a guide step file, <c>content/guide/NN-slug.md</c>.</summary>
public static class GuideStepSchema
{
    public static readonly EnumType BoxKind = OneOf("chain", "questions", "worked-example");
    public static readonly EnumType Matrix = OneOf("capacity-willingness", "nabatchi");

    public static readonly ObjectType Root = Object(
        Required("title", Text, "the step's name"),
        Optional("key_question", Text, "the key question the step asks, where the source guide asks one"),
        Required("summary", new TextType(280), "the step in one or two sentences"),
        Optional("boxes", ListOf(Object(
            Required("title", Text, "the box heading"),
            Optional("figure", new IntegerType(1, 99), "the figure of the source guide it corresponds to"),
            Required("kind", BoxKind, "chain: an ordered chain; questions: a checklist; worked-example: questions answered for a case"),
            Optional("case", new SlugType(Vocabulary.Case), "the case the box draws on"),
            Optional("items", ListOf(Text), "the chain links or questions"),
            Optional("answers", ListOf(Object(
                Required("question", Text, "the question"),
                Required("answer", Text, "the case's answer"))), "for worked examples"))), "question boxes shown beside the text"),
        Optional("matrices", ListOf(Matrix), "matrices from content/data/matrices.yml shown on the page"),
        Optional("last_reviewed", Date, "when the text was last checked"));
}

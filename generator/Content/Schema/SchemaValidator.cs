using System.Collections.Immutable;
using System.Globalization;
using Portfolio.Content.Yaml;
using Portfolio.Diagnostics;

namespace Portfolio.Content.Schema;

/// <summary>
/// Checks a YAML tree against an <see cref="ObjectType"/>, reporting every problem with its position,
/// the field path, what was expected, what was written and how to fix it.
/// </summary>
public sealed partial class SchemaValidator(KnownSlugs vocabularies)
{
    public ImmutableArray<Diagnostic> Validate(YamlMapping mapping, ObjectType schema)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        ValidateObject(mapping, schema, "", diagnostics);
        return diagnostics.ToImmutable();
    }

    void ValidateObject(YamlMapping mapping, ObjectType schema, string path, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        foreach (var entry in mapping.Entries)
        {
            var field = schema.Find(entry.Key.Value);
            if (field is null)
            {
                var suggestion = Suggestions.Closest(entry.Key.Value, schema.Fields.Select(f => f.Name));
                diagnostics.Add(Diagnostic.Error(Codes.UnknownField, entry.Key.Position,
                    $"unknown field '{path}{entry.Key.Value}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"),
                    "allowed fields here: " + string.Join(", ", schema.Fields.Select(f => f.Name))));
                continue;
            }

            ValidateValue(entry.Value, field.Type, path + field.Name, diagnostics);
        }

        foreach (var field in schema.Fields.Where(f => f.Required))
        {
            var value = mapping[field.Name];
            if (value is null || value is YamlScalar { IsNull: true })
            {
                diagnostics.Add(Diagnostic.Error(Codes.MissingField,
                    value?.Position ?? mapping.Position,
                    $"required field '{path}{field.Name}' is missing",
                    $"add '{field.Name}:' with {field.Type.Describe()} ({field.Description})"));
            }
        }
    }

    void ValidateValue(YamlValue value, FieldType type, string path, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (value is YamlScalar { IsNull: true })
        {
            return; // a missing required value is reported by the object check
        }

        type.Accept(new ValueCheck(this, value, path, diagnostics));
    }

    /// <summary>Checks one value against its type: one method per kind of type, so a new kind cannot go unchecked.</summary>
    sealed class ValueCheck(SchemaValidator validator, YamlValue value, string path, ImmutableArray<Diagnostic>.Builder diagnostics) : IFieldTypeVisitor<bool>
    {
        public bool Group(ObjectType type)
        {
            if (value is YamlMapping mapping)
            {
                validator.ValidateObject(mapping, type, path + ".", diagnostics);
            }
            else
            {
                Expected(value, path, "a group of indented fields (" + string.Join(", ", type.Fields.Select(f => f.Name)) + ")", diagnostics);
            }

            return true;
        }

        public bool List(ListType type)
        {
            validator.ValidateList(value, type, path, diagnostics);
            return true;
        }

        public bool Text(TextType type) => Scalar(type, scalar => CheckText(scalar, type));

        public bool Integer(IntegerType type) => Scalar(type, scalar => CheckInteger(scalar, type));

        public bool Boolean(BooleanType type) => Scalar(type, scalar =>
        {
            if (!scalar.IsPlain || scalar.Value is not ("true" or "false"))
            {
                diagnostics.Add(Diagnostic.Error(Codes.WrongType, scalar.Position, $"'{path}' must be true or false; you wrote {scalar.Describe()}"));
            }
        });

        public bool Date(DateType type) => Scalar(type, scalar =>
        {
            if (!DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                diagnostics.Add(Diagnostic.Error(Codes.InvalidDate, scalar.Position, $"'{path}' must be a real date written YYYY-MM-DD; you wrote {scalar.Describe()}",
                    "for example 2026-03-31"));
            }
        });

        public bool Url(UrlType type) => Scalar(type, scalar =>
        {
            if (!IsWebUrl(scalar.Value))
            {
                diagnostics.Add(Diagnostic.Error(Codes.InvalidUrl, scalar.Position, $"'{path}' must be a full web address starting with https:// or http://; you wrote {scalar.Describe()}",
                    "copy the address from the browser's address bar"));
            }
        });

        public bool Choice(EnumType type) => Scalar(type, scalar =>
        {
            if (!type.Contains(scalar.Value))
            {
                var suggestion = Suggestions.Closest(scalar.Value, type.Values);
                diagnostics.Add(Diagnostic.Error(Codes.NotInEnum, scalar.Position,
                    $"'{path}' must be one of {string.Join(", ", type.Values)}; you wrote {scalar.Describe()}",
                    suggestion is null ? null : $"did you mean '{suggestion}'?"));
            }
        });

        public bool Country(CountryType type) => Scalar(type, scalar => ValidateCountry(scalar, path, diagnostics));

        public bool Slug(SlugType type) => Scalar(type, scalar => validator.ValidateSlug(scalar, type, path, diagnostics));

        /// <summary>A scalar type given a list or mapping is a type error; otherwise <paramref name="check"/> runs.</summary>
        bool Scalar(FieldType type, Action<YamlScalar> check)
        {
            if (value is YamlScalar scalar)
            {
                check(scalar);
            }
            else
            {
                Expected(value, path, type.Describe(), diagnostics);
            }

            return true;
        }

        void CheckText(YamlScalar scalar, TextType type)
        {
            var text = scalar.Value;
            if (string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Add(Diagnostic.Error(Codes.EmptyValue, scalar.Position, $"'{path}' is empty", "write the text, or remove the field if it is optional"));
            }
            else if (type.MaxLength is { } max && text.Length > max)
            {
                diagnostics.Add(Diagnostic.Error(Codes.TooLong, scalar.Position,
                    $"'{path}' is {text.Length} characters long; the limit is {max}",
                    $"shorten it by {text.Length - max} character{(text.Length - max == 1 ? "" : "s")}; put the detail in the body"));
            }
        }

        void CheckInteger(YamlScalar scalar, IntegerType type)
        {
            if (!scalar.IsPlain || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                diagnostics.Add(Diagnostic.Error(Codes.WrongType, scalar.Position, $"'{path}' must be {type.Describe()}; you wrote {scalar.Describe()}",
                    "write digits only, without quotes"));
            }
            else if (number < type.Min || number > type.Max)
            {
                diagnostics.Add(Diagnostic.Error(Codes.OutOfRange, scalar.Position, $"'{path}' must be {type.Describe()}; you wrote {number}"));
            }
        }
    }

    void ValidateList(YamlValue value, ListType type, string path, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (value is not YamlSequence sequence)
        {
            var example = value is YamlScalar s ? $"; write [{s.Value}] or put each item on its own '- ' line" : "";
            diagnostics.Add(Diagnostic.Error(Codes.WrongType, value.Position,
                $"'{path}' must be {type.Describe()}; you wrote {value.Describe()}", "use a list" + example));
            return;
        }

        if (sequence.Items.Length < type.MinItems)
        {
            diagnostics.Add(Diagnostic.Error(Codes.TooFewItems, sequence.Position,
                $"'{path}' needs at least {type.MinItems} item{(type.MinItems == 1 ? "" : "s")}; it has {sequence.Items.Length}",
                $"add {type.Item.Describe()}"));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Items.Length; i++)
        {
            var item = sequence.Items[i];
            if (item is YamlScalar { IsNull: true })
            {
                // An empty item would be dropped silently when the file is read, so a required list could end up empty.
                diagnostics.Add(Diagnostic.Error(Codes.EmptyValue, item.Position, $"item {i + 1} of '{path}' is empty",
                    "write the value after '- ' (or between the commas), or remove the item"));
                continue;
            }

            ValidateValue(item, type.Item, $"{path}[{i + 1}]", diagnostics);
            if (type.Unique && item is YamlScalar { IsNull: false } scalar && !seen.Add(scalar.Value))
            {
                diagnostics.Add(Diagnostic.Error(Codes.DuplicateItem, item.Position,
                    $"'{path}' lists '{scalar.Value}' twice", "remove the repeated item"));
            }
        }
    }

    static void ValidateCountry(YamlScalar scalar, string path, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (Countries.IsKnown(scalar.Value))
        {
            return;
        }

        var upper = scalar.Value.ToUpperInvariant();
        var byName = Countries.Codes.FirstOrDefault(c => string.Equals(Countries.NameOf(c), scalar.Value, StringComparison.OrdinalIgnoreCase));
        var hint = Countries.IsKnown(upper) ? $"write it in capitals: {upper}"
            : byName is not null ? $"write the code, not the name: {byName}"
            : "look the code up in ISO 3166-1, e.g. AR Argentina, BR Brazil, CL Chile, MX Mexico";
        diagnostics.Add(Diagnostic.Error(Codes.InvalidCountry, scalar.Position,
            $"'{path}' must be a two-letter ISO 3166-1 country code; you wrote {scalar.Describe()}", hint));
    }

    void ValidateSlug(YamlScalar scalar, SlugType slug, string path, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (!Slugs.IsValid(scalar.Value))
        {
            diagnostics.Add(Diagnostic.Error(Codes.InvalidSlug, scalar.Position,
                $"'{path}' must be a slug of lower-case letters, digits and hyphens, at most {ContentLimits.MaxSlugLength} characters; you wrote {scalar.Describe()}",
                $"for example '{Slugs.From(scalar.Value)}'"));
            return;
        }

        if (slug.References is not { } vocabulary || !vocabularies.TryGet(vocabulary, out var names) || names.Contains(scalar.Value))
        {
            return;
        }

        var suggestion = Suggestions.Closest(scalar.Value, names);
        var (code, what) = vocabulary switch
        {
            SlugTarget.Theme => (Codes.UnknownTheme, "theme"),
            SlugTarget.Technique => (Codes.UnknownTechnique, "technique"),
            SlugTarget.GuideStep => (Codes.UnknownGuideStep, "guide step"),
            _ => (Codes.UnknownCase, "case"),
        };
        diagnostics.Add(Diagnostic.Error(code, scalar.Position,
            $"'{path}' names the {what} '{scalar.Value}', which does not exist" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"),
            $"known {what}s: {string.Join(", ", names)}"));
    }

    static void Expected(YamlValue value, string path, string expected, ImmutableArray<Diagnostic>.Builder diagnostics) =>
        diagnostics.Add(Diagnostic.Error(Codes.WrongType, value.Position, $"'{path}' must be {expected}; you wrote {value.Describe()}"));

    /// <summary>True for an absolute http or https URL with a host.</summary>
    public static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host);
}

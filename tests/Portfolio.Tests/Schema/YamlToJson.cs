using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Portfolio.Content.Yaml;

namespace Portfolio.Tests.Schema;

/// <summary>
/// Converts a YAML tree to JSON the way a YAML 1.2 editor does before it applies a JSON Schema: quoted
/// and block scalars are strings; plain scalars resolve by the YAML 1.2 core schema to null, booleans,
/// integers and floats, and otherwise stay strings.
/// </summary>
static partial class YamlToJson
{
    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex Boolean();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();

    public static JsonNode? Convert(YamlValue value) => value switch
    {
        YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, Convert(e.Value)))),
        YamlSequence sequence => new JsonArray([.. sequence.Items.Select(Convert)]),
        YamlScalar scalar => Scalar(scalar),
        _ => throw new ArgumentException("unknown YAML node", nameof(value)),
    };

    static JsonValue? Scalar(YamlScalar scalar)
    {
        var text = scalar.Value;
        if (!scalar.IsPlain)
        {
            return JsonValue.Create(text);
        }

        if (scalar.IsNull)
        {
            return null;
        }

        if (Boolean().IsMatch(text))
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Integer().IsMatch(text))
        {
            return JsonValue.Create(decimal.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (Float().IsMatch(text))
        {
            return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }
}

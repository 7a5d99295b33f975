using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PolicyArchive.Web.Tests.Security;

/// <summary>Generates requests an OpenAPI document allows: each parameter drawn from its schema (integers within their
/// bounds and at them, booleans, enums, strings including hostile ones), optional parameters sometimes left out.
/// Seeded, so a failure can be replayed.</summary>
public sealed class OpenApiFuzz(int seed, IReadOnlyList<string> ids, IReadOnlyList<string> slugs)
{
    public sealed record Parameter(string Name, string In, bool Required, JsonElement Schema);

    public sealed record Operation(string Path, IReadOnlyList<Parameter> Parameters, IReadOnlyDictionary<string, IReadOnlyDictionary<string, JsonElement>> Responses);

    private static readonly string[] s_strings =
    [
        "", "export", "export controls", "contrôles à l'exportation", "半导体 出口", "\"open source\"", "AND OR NOT", "(((", "*", "tag:", "year:2024",
        "\u0001\u0002", "%00", "<script>alert(1)</script>", "' OR 1=1 --", "a\u0301", "\U0001F600", new string('x', 300), "..", "/", "\u202Eevil",
    ];

    private readonly Random _random = new(seed);

    public static IEnumerable<Operation> Operations(JsonElement spec)
    {
        foreach (var path in spec.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get)) continue;
            var parameters = get.TryGetProperty("parameters", out var ps)
                ? ps.EnumerateArray().Select(p => new Parameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                    p.TryGetProperty("required", out var r) && r.GetBoolean(), p.TryGetProperty("schema", out var s) ? s : default)).ToList()
                : [];
            var responses = get.GetProperty("responses").EnumerateObject().ToDictionary(r => r.Name,
                r => (IReadOnlyDictionary<string, JsonElement>)(r.Value.TryGetProperty("content", out var c)
                    ? c.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.TryGetProperty("schema", out var schema) ? schema : default)
                    : new Dictionary<string, JsonElement>()));
            yield return new Operation(path.Name, parameters, responses);
        }
    }

    public string Request(Operation op)
    {
        var path = op.Path;
        var query = new StringBuilder();
        foreach (var p in op.Parameters)
        {
            if (p.In == "path")
            {
                var value = p.Name switch { "id" => Pick(ids), "slug" => Pick(slugs), _ => Value(p.Schema, escape: true) };
                path = path.Replace("{" + p.Name + "}", p.Name is "id" or "slug" ? value : value, StringComparison.Ordinal);
                continue;
            }
            if (p.In != "query" || (!p.Required && _random.Next(3) == 0)) continue;
            var repeat = IsArray(p.Schema) ? 1 + _random.Next(2) : 1;
            for (var i = 0; i < repeat; i++)
                query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(p.Name)).Append('=').Append(Value(IsArray(p.Schema) ? p.Schema.GetProperty("items") : p.Schema, escape: true));
        }
        return path + query;
    }

    private static bool IsArray(JsonElement schema) => schema.ValueKind == JsonValueKind.Object && TypeOf(schema) == "array";

    private static string? TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var t)) return null;
        return t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.GetString()).First(x => x != "null") : t.GetString();
    }

    private string Value(JsonElement schema, bool escape)
    {
        string raw;
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("enum", out var e))
            raw = Pick(e.EnumerateArray().Select(x => x.ToString()).ToList());
        else
        {
            raw = TypeOf(schema) switch
            {
                "integer" => Integer(schema),
                "boolean" => _random.Next(2) == 0 ? "true" : "false",
                _ => Pick(s_strings),
            };
        }
        return escape ? Uri.EscapeDataString(raw) : raw;
    }

    private string Integer(JsonElement schema)
    {
        var min = schema.TryGetProperty("minimum", out var lo) ? Number(lo) : int.MinValue;
        var max = schema.TryGetProperty("maximum", out var hi) ? Number(hi) : int.MaxValue;
        var value = _random.Next(4) switch
        {
            0 => min,
            1 => max,
            _ => min + (long)(_random.NextDouble() * Math.Min(max - min, 3000)),
        };
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static long Number(JsonElement e) => e.ValueKind == JsonValueKind.String ? long.Parse(e.GetString()!, CultureInfo.InvariantCulture) : e.GetInt64();

    private string Pick(IReadOnlyList<string> values) => values[_random.Next(values.Count)];
}

using System.Globalization;
using System.Text;

namespace SmartRegion.OpenData.Ckan;

/// <summary>
/// The Solr-like filter query <c>fq</c> of <c>package_search</c>, evaluated over the in-memory projection (never turned
/// into SQL): clauses <c>field:value</c>, <c>field:"quoted value"</c>, <c>field:(a OR b)</c> and, for the timestamps,
/// <c>field:[2024-01-01T00:00:00Z TO *]</c>, joined by spaces or <c>AND</c>. Values compare case-insensitively.
/// </summary>
internal sealed class PackageFilter
{
    public static readonly IReadOnlyList<string> Fields =
        ["organization", "owner_org", "tags", "groups", "res_format", "license_id", "name", "id", "metadata_modified", "metadata_created"];

    private readonly List<Clause> _clauses;

    private PackageFilter(List<Clause> clauses) => _clauses = clauses;

    private sealed record Clause(string Field, string[] Values, DateTimeOffset? From, DateTimeOffset? To, bool IsRange);

    /// <summary>The values a row has for a field (for <c>fq</c> and the facets).</summary>
    public static string[] ValuesOf(PackageRow row, string field) => field switch
    {
        "organization" => row.OrganizationName,
        "owner_org" => row.OrganizationId,
        "tags" => row.Tags,
        "groups" => row.Groups,
        "res_format" => row.Formats,
        "license_id" => row.Licence,
        "name" => row.NameValue,
        "id" => row.IdValue,
        _ => [],
    };

    public bool IsEmpty => _clauses.Count == 0;

    /// <summary>The filter, or null with the problem in <paramref name="error"/> (the unknown field, or where the syntax broke).</summary>
    public static PackageFilter? Parse(string? fq, out (string Key, string[] Arguments)? error)
    {
        error = null;
        var clauses = new List<Clause>();
        var text = fq ?? "";
        var i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                return new PackageFilter(clauses);
            }

            if (string.CompareOrdinal(text, i, "AND", 0, 3) == 0 && (i + 3 == text.Length || char.IsWhiteSpace(text[i + 3])))
            {
                i += 3;
                continue;
            }

            if (text[i] == '+')
            {
                i++;
            }

            var colon = text.IndexOf(':', i);
            var field = colon < 0 ? "" : text[i..colon];
            if (colon < 0 || field.Length == 0 || !field.All(c => char.IsAsciiLetterLower(c) || c == '_'))
            {
                error = ("Ckan.Fq.Syntax", [Excerpt(text, i)]);
                return null;
            }

            if (!Fields.Contains(field))
            {
                error = ("Ckan.Fq.UnknownField", [field, string.Join(", ", Fields)]);
                return null;
            }

            i = colon + 1;
            var clause = ReadValue(text, ref i, field);
            if (clause is null)
            {
                error = ("Ckan.Fq.Syntax", [Excerpt(text, colon + 1)]);
                return null;
            }

            if (clause.IsRange != field.StartsWith("metadata_", StringComparison.Ordinal))
            {
                error = ("Ckan.Fq.RangeOnly", [field]);
                return null;
            }

            clauses.Add(clause);
        }
    }

    public bool Matches(PackageRow row)
    {
        foreach (var c in _clauses)
        {
            if (c.IsRange)
            {
                var t = c.Field == "metadata_created" ? row.Created : row.Modified;
                if ((c.From is not null && t < c.From) || (c.To is not null && t > c.To))
                {
                    return false;
                }
            }
            else if (!AnyEqual(ValuesOf(row, c.Field), c.Values))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyEqual(string[] values, string[] wanted)
    {
        foreach (var w in wanted)
        {
            if (w == "*" && values.Length > 0)
            {
                return true;
            }

            foreach (var v in values)
            {
                if (string.Equals(v, w, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static Clause? ReadValue(string text, ref int i, string field)
    {
        if (i >= text.Length)
        {
            return null;
        }

        switch (text[i])
        {
            case '"':
                var quoted = ReadQuoted(text, ref i);
                return quoted is null ? null : new Clause(field, [quoted], null, null, false);
            case '(':
                var close = text.IndexOf(')', i);
                if (close < 0)
                {
                    return null;
                }

                var inner = text[(i + 1)..close];
                i = close + 1;
                var values = new List<string>();
                foreach (var part in inner.Split(" OR ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var p = 0;
                    var value = part.StartsWith('"') ? ReadQuoted(part, ref p) : part;
                    if (value is null || (part.StartsWith('"') && p != part.Length))
                    {
                        return null;
                    }

                    values.Add(value);
                }

                return values.Count == 0 ? null : new Clause(field, [.. values], null, null, false);
            case '[':
                var end = text.IndexOf(']', i);
                if (end < 0)
                {
                    return null;
                }

                var bounds = text[(i + 1)..end].Split(" TO ", StringSplitOptions.TrimEntries);
                i = end + 1;
                if (bounds.Length != 2 || !Bound(bounds[0], out var from) || !Bound(bounds[1], out var to))
                {
                    return null;
                }

                return new Clause(field, [], from, to, true);
            default:
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                return new Clause(field, [text[start..i]], null, null, false);
        }
    }

    private static string? ReadQuoted(string text, ref int i)
    {
        var value = new StringBuilder();
        for (i++; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                value.Append(text[++i]);
            }
            else if (text[i] == '"')
            {
                i++;
                return value.ToString();
            }
            else
            {
                value.Append(text[i]);
            }
        }

        return null;
    }

    private static bool Bound(string text, out DateTimeOffset? value)
    {
        value = null;
        if (text is "*")
        {
            return true;
        }

        if (text is "NOW")
        {
            value = DateTimeOffset.UtcNow;
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            value = parsed;
            return true;
        }

        return false;
    }

    private static string Excerpt(string text, int at) => text.Length - at > 40 ? string.Concat(text.AsSpan(at, 40), "…") : text[at..];
}

using CsCheck;

namespace SmartRegion.OpenData.Tests.Fuzzing;

/// <summary>Generators of hostile text: the characters and words parsers trip over, in random order and length.</summary>
internal static class Hostile
{
    /// <summary>Quotes, brackets, separators, escapes, control characters, umlauts, a surrogate half and a zero byte.</summary>
    public const string Characters = "aZ09 _-:;,.\"'`\\/*?~^!()[]{}<>=+&|%$#@\t\r\n\0äöüß€\u00a0\u200b\ud800\ufeff";

    public static readonly string[] Words =
    [
        "AND", "OR", "NOT", "TO", "*", "*:*", ":", "\"", "[", "]", "{", "}", "(", ")", "\\", "'", "--", ";", "' OR '1'='1",
        "1=1", "NULL", "null", "true", "asc", "desc", "score", "name", "title_string", "metadata_modified", "organization",
        "tags", "res_format", "license_id", "groups", "NOW", "NOW-1DAY", "2026-01-01T00:00:00Z", "-1", "0", "99999999999999999999",
        "1e309", "NaN", "%00", "%", "_", "$1", "\u202e", "ä", "Würzburg", new string('x', 300), new string('(', 200),
    ];

    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.String[Gen.Char[Characters], 0, 60]),
        (3, Gen.OneOf(Words).Array[0, 8].Select(w => string.Join(" ", w))),
        (2, Gen.OneOf(Gen.String[Gen.Char[Characters], 0, 8], Gen.OneOf(Words)).Array[0, 10].Select(string.Concat)),
        (1, Gen.String[Gen.Char, 0, 40]));
}

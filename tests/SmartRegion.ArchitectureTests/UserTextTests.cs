using System.Text.RegularExpressions;

namespace SmartRegion.ArchitectureTests;

public sealed partial class UserTextTests
{
    // Proper names and standard terms that are German in every language, one literal each, with the reason.
    private static readonly HashSet<string> Allowed =
    [
        // An OpenAPI summary (English) naming the official key by its German name.
        "Gets one municipality by its Amtlicher Gemeindeschlüssel.",
    ];

    [Fact]
    public void endpoint_and_slice_code_holds_no_german_text_outside_resources()
    {
        // People read these messages in German and English, so they belong in the .resx files of the module.
        var offenders = SourceFiles.All()
            .Where(p => !p.Contains("/Migrations/", StringComparison.Ordinal))
            .Select(p => (Path: p, Text: SourceFiles.Read(p)))
            .Where(f => IsSliceOrEndpoint(f.Path, f.Text))
            .SelectMany(f => GermanLiterals(f.Text).Select(l => $"{f.Path}: \"{l}\""))
            .ToList();

        Assert.True(offenders.Count == 0,
            "German text in code; move it into the module's resources (German and English), see CONTRIBUTING.md:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("\"Der Ort ist ungültig.\"", true)]
    [InlineData("$\"Bitte eine Zahl zwischen {min} und {max} angeben.\"", true)]
    [InlineData("\"Dieser Parameter darf nur einmal vorkommen.\"", true)]
    [InlineData("\"Searches the help directory's offers from plain words.\"", false)]
    [InlineData("\"text/csv; charset=utf-8\"", false)]
    [InlineData("// Der Ort ist ungültig.", false)]
    public void the_rule_tells_german_sentences_from_english_and_from_comments(string line, bool german) =>
        Assert.Equal(german, GermanLiterals(line).Any());

    private static bool IsSliceOrEndpoint(string path, string text) =>
        path.Contains("/Modules/", StringComparison.Ordinal)
        && (text.Contains("MapEndpoint(", StringComparison.Ordinal) || text.Contains("ExecuteAsync(", StringComparison.Ordinal)
            || path.EndsWith("Request.cs", StringComparison.Ordinal));

    private static IEnumerable<string> GermanLiterals(string source) =>
        source.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !line.TrimStart().StartsWith('['))
            .SelectMany(line => Literal().Matches(line).Select(m => m.Groups[1].Value))
            .Where(value => !Allowed.Contains(value) && (Umlaut().IsMatch(value) || CommonWord().Count(value) >= 2));

    [GeneratedRegex("""\$?@?"((?:[^"\\\n]|\\.)*)"(?!")""")]
    private static partial Regex Literal();

    [GeneratedRegex("[äöüÄÖÜß„“]")]
    private static partial Regex Umlaut();

    [GeneratedRegex(@"\b(der|die|das|den|dem|und|oder|nicht|bitte|ist|sind|ein|eine|einer|einem|darf|nur|mit|wir|Sie|wird|gerade|angeben|dieser|nach|geht|noch|einmal)\b")]
    private static partial Regex CommonWord();
}

using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Voting;

namespace SmartRegion.Participation.Tests.Domain;

public sealed class BallotRulesTests
{
    private static readonly BallotRules.Choice Bench = new(Guid.NewGuid(), "Bänke", 9_000m);
    private static readonly BallotRules.Choice Playground = new(Guid.NewGuid(), "Spielplatz", 45_000m);
    private static readonly BallotRules.Choice Fountain = new(Guid.NewGuid(), "Brunnen", 18_000m);
    private static readonly IReadOnlyList<BallotRules.Choice> Projects = [Bench, Playground, Fountain];

    internal static IStringLocalizer<ParticipationText> Text { get; } = new StringLocalizer<ParticipationText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Fact]
    public void a_knapsack_ballot_over_the_budget_names_the_first_project_that_does_not_fit_and_what_is_left()
    {
        using var german = new CultureScope("de-DE");
        var errors = BallotRules.Check(60_000m, VotingMethods.Knapsack, Projects, [Bench.Id, Playground.Id, Fountain.Id], Text).ToDictionary();

        var message = Assert.Single(errors[BallotRules.Field]);
        Assert.Contains("„Brunnen“", message, StringComparison.Ordinal);
        Assert.Contains("6.000", message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_knapsack_ballot_within_the_budget_and_any_approval_ballot_are_valid()
    {
        Assert.True(BallotRules.Check(72_000m, VotingMethods.Knapsack, Projects, [Bench.Id, Playground.Id, Fountain.Id], Text).IsEmpty);
        Assert.True(BallotRules.Check(1m, VotingMethods.Approval, Projects, [Bench.Id, Playground.Id, Fountain.Id], Text).IsEmpty);
    }

    [Fact]
    public void an_empty_ballot_and_a_ballot_with_a_foreign_project_are_refused()
    {
        Assert.False(BallotRules.Check(72_000m, VotingMethods.Knapsack, Projects, [], Text).IsEmpty);
        Assert.False(BallotRules.Check(72_000m, VotingMethods.Approval, Projects, [Guid.NewGuid()], Text).IsEmpty);
    }

    [Theory]
    [InlineData("abcde-fghjk-mnpqr")]
    [InlineData("ABCDE FGHJK MNPQR")]
    [InlineData(" ABCDEFGHJKMNPQR ")]
    public void a_receipt_code_is_found_however_it_is_typed_back(string typed) =>
        Assert.Equal(ReceiptCode.Hash("ABCDE-FGHJK-MNPQR"), ReceiptCode.Hash(typed));

    [Fact]
    public void receipt_codes_are_random_and_grouped()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => ReceiptCode.New()).ToHashSet();
        Assert.Equal(1000, codes.Count);
        Assert.All(codes, c => Assert.Matches("^[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}$", c));
    }

    [Theory]
    [InlineData("150.000", 150000)]
    [InlineData("150000", 150000)]
    [InlineData("150000,50", 150000.50)]
    [InlineData("1.250,5 €", 1250.5)]
    [InlineData("99.5", 99.5)]
    public void money_is_read_as_people_type_it(string typed, double expected)
    {
        Assert.True(Money.TryParse(typed, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _before = System.Globalization.CultureInfo.CurrentCulture;
        private readonly System.Globalization.CultureInfo _beforeUi = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = new(name);
        }

        public void Dispose()
        {
            System.Globalization.CultureInfo.CurrentCulture = _before;
            System.Globalization.CultureInfo.CurrentUICulture = _beforeUi;
        }
    }
}

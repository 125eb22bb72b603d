using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Processes;

namespace SmartRegion.Participation.Tests.Domain;

public sealed class ProcessInputTests
{
    private static ProcessInput With(params PhaseInput[] phases) => new() { Title = "Bürgerhaushalt", Phases = [.. phases] };

    private static PhaseInput Phase(string kind, int from, int to) =>
        new() { Kind = kind, Starts = new DateOnly(2027, 1, 1).AddDays(from), Ends = new DateOnly(2027, 1, 1).AddDays(to) };

    [Fact]
    public void phases_in_order_become_berlin_days_with_the_last_day_included()
    {
        var errors = new ValidationErrors();
        var fields = With(Phase(PhaseKinds.Information, 0, 9), Phase(PhaseKinds.Vote, 10, 20)).Validate(errors, BallotRulesTests.Text);

        Assert.True(errors.IsEmpty);
        var vote = fields!.Phases.Single(p => p.Kind == PhaseKinds.Vote);
        Assert.Equal(new DateTimeOffset(2027, 1, 10, 23, 0, 0, TimeSpan.Zero), vote.StartsAt);
        Assert.Equal(new DateTimeOffset(2027, 1, 21, 23, 0, 0, TimeSpan.Zero), vote.EndsAt);
    }

    [Fact]
    public void overlapping_reversed_and_half_dated_phases_are_refused_at_their_field()
    {
        var errors = new ValidationErrors();
        With(Phase(PhaseKinds.Information, 0, 9), Phase(PhaseKinds.Discussion, 5, 12), Phase(PhaseKinds.Vote, 20, 15),
            new PhaseInput { Kind = PhaseKinds.Implementation, Starts = new DateOnly(2027, 3, 1) }).Validate(errors, BallotRulesTests.Text);

        var fields = errors.ToDictionary().Keys.ToList();
        Assert.Equal(["PhaseDiscussion", "PhaseVote", "PhaseImplementation"], fields);
    }

    [Fact]
    public void a_process_needs_a_title_and_at_least_one_phase()
    {
        var errors = new ValidationErrors();
        new ProcessInput().Validate(errors, BallotRulesTests.Text);

        Assert.Equal(["Title", "PhaseInformation"], errors.ToDictionary().Keys.ToList());
    }
}

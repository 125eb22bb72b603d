using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Problems;
using SmartRegion.Kernel.Web;
using SmartRegion.Participation.Resources;
using SmartRegion.Kernel.Time;

namespace SmartRegion.Participation.Processes;

/// <summary>What staff send to create or change a process; checked into <see cref="ProcessFields"/>.</summary>
internal class ProcessInput
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>The budget in euros; none for a process without a participatory budget.</summary>
    public decimal? Budget { get; set; }

    /// <summary><c>knapsack</c> (default) or <c>approval</c>.</summary>
    public string? VotingMethod { get; set; }

    /// <summary>How many supports a proposal needs before the municipality takes it up; none for no threshold.</summary>
    public int? SupportThreshold { get; set; }

    /// <summary>The phases with their first and last day; phases left out do not take place.</summary>
    public List<PhaseInput>? Phases { get; set; }

    public ProcessFields? Validate(ValidationErrors errors, IStringLocalizer<ParticipationText> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var title = Title?.Trim() ?? "";
        errors.AddIf(title.Length == 0, nameof(Title), text["Field.Title.Required"]);
        errors.AddIf(title.Length > Process.MaxTitle || TextInput.HasControlCharacters(title), nameof(Title), text["Field.Title.TooLong", Process.MaxTitle]);
        var summary = Summary?.Trim() ?? "";
        errors.AddIf(summary.Length > Process.MaxSummary || TextInput.HasControlCharacters(summary, allowLineBreaks: true),
            nameof(Summary), text["Field.Summary.TooLong", Process.MaxSummary]);
        errors.AddIf(Budget is < 0 or > 1_000_000_000, nameof(Budget), text["Field.Budget.Range"]);
        var method = string.IsNullOrWhiteSpace(VotingMethod) ? VotingMethods.Knapsack : VotingMethod.Trim();
        errors.AddIf(!VotingMethods.All.Contains(method), nameof(VotingMethod), text["Field.VotingMethod.Unknown"]);
        errors.AddIf(SupportThreshold is < 1 or > 1_000_000, nameof(SupportThreshold), text["Field.SupportThreshold.Range"]);
        var phases = ValidatePhases(errors, text);
        return errors.IsEmpty ? new ProcessFields(title, summary, Budget, method, phases, SupportThreshold) : null;
    }

    private List<PhaseDates> ValidatePhases(ValidationErrors errors, IStringLocalizer<ParticipationText> text)
    {
        var given = (Phases ?? []).Where(p => p.Starts is not null || p.Ends is not null).ToList();
        var result = new List<PhaseDates>();
        if (given.Count == 0)
        {
            errors.Add(PhaseField(PhaseKinds.Information), text["Field.Phases.Required"]);
            return result;
        }

        DateOnly? previousEnd = null;
        foreach (var phase in given.OrderBy(p => PhaseKinds.All.ToList().IndexOf(p.Kind ?? "")))
        {
            var kind = phase.Kind ?? "";
            var field = PhaseField(kind);
            if (!PhaseKinds.All.Contains(kind) || given.Count(p => p.Kind == kind) > 1)
            {
                errors.Add(nameof(Phases), text["Field.Phases.Unknown", string.Join(", ", PhaseKinds.All)]);
                continue;
            }

            var name = text["Phase." + kind];
            if (phase.Starts is not { } starts || phase.Ends is not { } ends)
            {
                errors.Add(field, text["Field.Phase.BothDates", name]);
                continue;
            }

            errors.AddIf(ends < starts, field, text["Field.Phase.EndsBeforeStart", name]);
            errors.AddIf(previousEnd is { } before && starts <= before, field, text["Field.Phase.Overlaps", name]);
            previousEnd = ends;
            result.Add(new PhaseDates(kind, BerlinDay.Start(starts), BerlinDay.Start(ends.AddDays(1))));
        }

        return result;
    }

    /// <summary>The form field of a phase's first day, where the error summary points.</summary>
    public static string PhaseField(string kind) => "Phase" + char.ToUpperInvariant(kind[0]) + kind[1..];
}

/// <summary>One phase's first and last day.</summary>
internal sealed class PhaseInput
{
    public string? Kind { get; set; }

    public DateOnly? Starts { get; set; }

    public DateOnly? Ends { get; set; }
}

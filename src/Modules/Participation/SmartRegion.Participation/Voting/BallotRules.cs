using System.Globalization;
using Microsoft.Extensions.Localization;
using SmartRegion.Kernel.Problems;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Resources;

namespace SmartRegion.Participation.Voting;

/// <summary>
/// Whether a ballot is valid: known projects, at least one, and — for a knapsack vote — costs within the budget. The
/// error names the first project, in ballot order, that no longer fits, and the money still free before it.
/// </summary>
internal static class BallotRules
{
    public const string Field = "Projects";

    internal sealed record Choice(Guid Id, string Title, decimal Cost);

    public static ValidationErrors Check(
        decimal? budget, string method, IReadOnlyList<Choice> projects, IReadOnlyCollection<Guid> chosen, IStringLocalizer<ParticipationText> text)
    {
        var errors = new ValidationErrors();
        if (chosen.Count == 0)
        {
            return errors.Add(Field, text["Ballot.Empty"]);
        }

        if (chosen.Any(id => projects.All(p => p.Id != id)))
        {
            return errors.Add(Field, text["Ballot.UnknownProject"]);
        }

        if (method != VotingMethods.Knapsack || budget is not { } total)
        {
            return errors;
        }

        var spent = 0m;
        foreach (var project in projects.Where(p => chosen.Contains(p.Id)))
        {
            if (spent + project.Cost > total)
            {
                errors.Add(Field, text["Ballot.DoesNotFit", project.Title, Euros(project.Cost), Euros(total - spent)]);
            }
            else
            {
                spent += project.Cost;
            }
        }

        return errors;
    }

    public static string Euros(decimal amount) => amount.ToString("C0", CultureInfo.CurrentCulture.Name.StartsWith("en", StringComparison.Ordinal)
        ? CultureInfo.GetCultureInfo("en-IE") : CultureInfo.GetCultureInfo("de-DE"));
}

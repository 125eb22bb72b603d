using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SmartRegion.Hub.Contracts.People;
using SmartRegion.Hub.Contracts.Privacy;
using SmartRegion.Kernel.Database;
using SmartRegion.Kernel.Outbox;
using SmartRegion.Kernel.Seeding;
using SmartRegion.Kernel.Web;
using SmartRegion.Participation.Budgets;
using SmartRegion.Participation.Contracts;
using SmartRegion.Participation.Migrations;
using SmartRegion.Participation.Privacy;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Proposals;
using SmartRegion.Participation.Resources;
using SmartRegion.Participation.Seed;
using SmartRegion.Participation.Verification;
using SmartRegion.Participation.Voting;
using SmartRegion.Ui.Navigation;
using SmartRegion.Ui.Routing;

namespace SmartRegion.Participation;

/// <summary>„Mach mit“: participation processes with phases, participatory budgets, verified one-person-one-vote and secret ballots.</summary>
public static class ParticipationModule
{
    /// <summary>Registers participation.</summary>
    public static IHostApplicationBuilder AddParticipation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PageAssemblies.Register(builder.Services, typeof(ParticipationModule).Assembly);
        builder.AddModuleDb<ParticipationDb, ParticipationSqliteDb, ParticipationPostgresDb>("participation");
        builder.Services.AddScoped<ISeeder, DemoProcessesSeeder>();
        builder.Services.AddScoped<IPersonalDataContributor, ParticipationPersonalData>();
        builder.Services.AddIntegrationEventHandler<PersonDeleted, ForgetDeletedPerson>();
        builder.Services.AddScoped<ChangeLab.Contracts.IProgressFigures, ParticipationProgressFigures>();
        builder.Services.AddNavigationItem(new NavigationItem(ParticipationRoutes.Processes, typeof(ParticipationText), "Nav.Participation", 30, "Nav.Participation.Description", Measures.MachMit));
        builder.Services.AddSingleton(new AccountLink("/mitmachen/nachweis", typeof(ParticipationText), "Verify.Title", 60));
        builder.Services.AddSingleton(new AccountLink("/verwaltung/mitmachen", typeof(ParticipationText), "Manage.Title", 240, p => p.RunsAny(), IsAdministration: true));
        builder.Services.AddSingleton(new AccountLink("/verwaltung/mitmachen/briefe", typeof(ParticipationText), "Letters.Title", 241, p => p.RunsAny(), IsAdministration: true));
        builder.Services.AddSingleton(new AccountLink("/verwaltung/mitmachen/nachweise", typeof(ParticipationText), "InPerson.Title", 242, p => p.RunsAny(), IsAdministration: true));
        // The list and the process pages are cached for anonymous visitors; a changed process shows at once on every node.
        builder.Services.AddPageCacheEviction<ProcessChanged>();
        return builder;
    }

    /// <summary>Maps participation's endpoints under <c>/api/participation</c>.</summary>
    public static IEndpointRouteBuilder MapParticipation(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup("/api/participation").WithTags("Participation");
        ListProcesses.MapEndpoint(api);
        GetProcess.MapEndpoint(api);
        CreateProcess.MapEndpoint(api);
        UpdateProcess.MapEndpoint(api);
        AddProject.MapEndpoint(api);
        CastBallot.MapEndpoint(api);
        BoothVote.MapEndpoint(api);
        CheckReceipt.MapEndpoint(api);
        GetResults.MapEndpoint(api);
        ListProposals.MapEndpoint(api);
        GetProposal.MapEndpoint(api);
        CreateProposal.MapEndpoint(api);
        SupportProposal.MapEndpoint(api);
        AnswerProposal.MapEndpoint(api);
        HideProposal.MapEndpoint(api);
        GenerateLetterCodes.MapEndpoint(api);
        RedeemLetterCode.MapEndpoint(api);
        RequestInPersonCode.MapEndpoint(api);
        VerifyInPerson.MapEndpoint(api);
        return endpoints;
    }
}

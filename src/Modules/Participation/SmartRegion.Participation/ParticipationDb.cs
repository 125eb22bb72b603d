using Microsoft.EntityFrameworkCore;
using SmartRegion.Kernel.Database;
using SmartRegion.Participation.Budgets;
using SmartRegion.Participation.Processes;
using SmartRegion.Participation.Proposals;
using SmartRegion.Participation.Verification;
using SmartRegion.Participation.Voting;

namespace SmartRegion.Participation;

/// <summary>
/// The participation tables (<c>participation_*</c>). The voters and the ballots sit in separate tables with no key,
/// id or time in common: the unique key on (process, person) of the voters is what makes one person, one vote hold
/// under any load, on either database.
/// </summary>
internal class ParticipationDb(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModuleName => "participation";

    public DbSet<Process> Processes => Set<Process>();

    public DbSet<ProcessPhase> Phases => Set<ProcessPhase>();

    public DbSet<BudgetProject> Projects => Set<BudgetProject>();

    public DbSet<Voter> Voters => Set<Voter>();

    public DbSet<Ballot> Ballots => Set<Ballot>();

    public DbSet<BallotChoice> BallotChoices => Set<BallotChoice>();

    public DbSet<VerifiedResident> VerifiedResidents => Set<VerifiedResident>();

    public DbSet<LetterCode> LetterCodes => Set<LetterCode>();

    public DbSet<InPersonRequest> InPersonRequests => Set<InPersonRequest>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    public DbSet<ProposalSupport> ProposalSupports => Set<ProposalSupport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Process>(e =>
        {
            e.ToTable("participation_processes");
            e.Property(p => p.Slug).HasMaxLength(Process.MaxSlug);
            e.HasIndex(p => p.Slug).IsUnique();
            e.Property(p => p.Title).HasMaxLength(Process.MaxTitle);
            e.Property(p => p.Summary).HasMaxLength(Process.MaxSummary);
            e.Property(p => p.MunicipalityAgs).HasMaxLength(8);
            e.Property(p => p.VotingMethod).HasMaxLength(20);
            e.Property(p => p.Budget).HasPrecision(14, 2);
            e.HasIndex(p => p.MunicipalityAgs);
            e.HasMany(p => p.Phases).WithOne().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(p => p.Phases).AutoInclude();
            e.Ignore(p => p.VotePhase);
            e.Ignore(p => p.CollectionPhase);
        });
        modelBuilder.Entity<ProcessPhase>(e =>
        {
            e.ToTable("participation_phases");
            e.Property(p => p.Kind).HasMaxLength(20);
            e.HasIndex(p => new { p.ProcessId, p.Kind }).IsUnique();
        });
        modelBuilder.Entity<BudgetProject>(e =>
        {
            e.ToTable("participation_projects");
            e.Property(p => p.Title).HasMaxLength(BudgetProject.MaxTitle);
            e.Property(p => p.Description).HasMaxLength(BudgetProject.MaxDescription);
            e.Property(p => p.Cost).HasPrecision(14, 2);
            e.HasOne<Process>().WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.ProcessId, p.Position });
        });
        modelBuilder.Entity<Voter>(e =>
        {
            e.ToTable("participation_voters");
            e.Property(v => v.Channel).HasMaxLength(20);
            e.HasIndex(v => new { v.ProcessId, v.PersonId }).IsUnique();
            e.HasIndex(v => v.PersonId);
        });
        modelBuilder.Entity<Ballot>(e =>
        {
            e.ToTable("participation_ballots");
            e.Property(b => b.ReceiptHash).HasMaxLength(64);
            e.HasIndex(b => b.ReceiptHash).IsUnique();
            e.HasIndex(b => b.ProcessId);
            e.HasMany(b => b.Choices).WithOne().HasForeignKey(c => c.BallotId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BallotChoice>(e =>
        {
            e.ToTable("participation_ballot_choices");
            e.HasKey(c => new { c.BallotId, c.ProjectId });
            e.HasIndex(c => c.ProjectId);
        });
        modelBuilder.Entity<VerifiedResident>(e =>
        {
            e.ToTable("participation_verified_residents");
            e.Property(r => r.MunicipalityAgs).HasMaxLength(8);
            e.Property(r => r.Method).HasMaxLength(20);
            e.Property(r => r.Name).HasMaxLength(VerifiedResident.MaxName);
            e.HasIndex(r => new { r.PersonId, r.MunicipalityAgs }).IsUnique();
            e.HasIndex(r => r.MunicipalityAgs);
        });
        modelBuilder.Entity<LetterCode>(e =>
        {
            e.ToTable("participation_letter_codes");
            e.Property(c => c.MunicipalityAgs).HasMaxLength(8);
            e.Property(c => c.CodeHash).HasMaxLength(64);
            e.HasIndex(c => c.CodeHash).IsUnique();
            e.Property(c => c.RecipientName).HasMaxLength(VerifiedResident.MaxName);
            e.Property(c => c.RecipientAddress).HasMaxLength(LetterCode.MaxAddress);
        });
        modelBuilder.Entity<InPersonRequest>(e =>
        {
            e.ToTable("participation_in_person_requests");
            e.HasKey(r => r.PersonId);
            e.Property(r => r.Code).HasMaxLength(20);
            e.HasIndex(r => r.Code).IsUnique();
        });
        modelBuilder.Entity<Proposal>(e =>
        {
            e.ToTable("participation_proposals");
            e.Property(p => p.Title).HasMaxLength(Proposal.MaxTitle);
            e.Property(p => p.Text).HasMaxLength(Proposal.MaxText);
            e.Property(p => p.AuthorName).HasMaxLength(Proposal.MaxAuthorName);
            e.Property(p => p.Category).HasMaxLength(20);
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.Answer).HasMaxLength(Proposal.MaxAnswer);
            e.Property(p => p.HiddenReason).HasMaxLength(Proposal.MaxAnswer);
            e.HasOne<Process>().WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.ProcessId, p.CreatedAt });
            e.HasIndex(p => p.AuthorId);
        });
        modelBuilder.Entity<ProposalSupport>(e =>
        {
            e.ToTable("participation_proposal_supports");
            // The key is what makes it one support per person, under any load and across nodes.
            e.HasKey(s => new { s.ProposalId, s.PersonId });
            e.HasOne<Proposal>().WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.PersonId);
        });
    }
}

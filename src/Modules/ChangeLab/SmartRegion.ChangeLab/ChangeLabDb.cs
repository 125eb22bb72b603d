using Microsoft.EntityFrameworkCore;
using SmartRegion.ChangeLab.Bookables;
using SmartRegion.ChangeLab.Bookings;
using SmartRegion.ChangeLab.Feeds;
using SmartRegion.ChangeLab.Ideas;
using SmartRegion.ChangeLab.Presence;
using SmartRegion.ChangeLab.Progress;
using SmartRegion.Kernel.Database;

namespace SmartRegion.ChangeLab;

/// <summary>
/// The Change Lab tables (<c>changelab_*</c>). A booking holds its slots as rows of <c>changelab_booking_units</c>, whose
/// primary key (resource, slot start) makes a double booking impossible on SQLite and PostgreSQL alike.
/// </summary>
internal class ChangeLabDb(DbContextOptions options) : ModuleDbContext(options)
{
    public override string ModuleName => "changelab";

    public DbSet<Bookable> Bookables => Set<Bookable>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<BookingUnit> BookingUnits => Set<BookingUnit>();

    public DbSet<FeedAddress> FeedAddresses => Set<FeedAddress>();

    public DbSet<PresenceSharing> PresenceSharings => Set<PresenceSharing>();

    public DbSet<Idea> Ideas => Set<Idea>();

    public DbSet<IdeaSupport> IdeaSupports => Set<IdeaSupport>();

    public DbSet<IdeaComment> IdeaComments => Set<IdeaComment>();

    public DbSet<Project> Projects => Set<Project>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Bookable>(e =>
        {
            e.ToTable("changelab_bookables");
            e.Property(b => b.Slug).HasMaxLength(Bookable.MaxSlug);
            e.HasIndex(b => b.Slug).IsUnique();
            e.Property(b => b.Kind).HasMaxLength(20);
            e.Property(b => b.Name).HasMaxLength(Bookable.MaxName);
            e.Property(b => b.Description).HasMaxLength(Bookable.MaxDescription);
            e.Property(b => b.MunicipalityAgs).HasMaxLength(8);
            e.OwnsOne(b => b.Place, p =>
            {
                p.Property(x => x.X).HasColumnName("plan_x");
                p.Property(x => x.Y).HasColumnName("plan_y");
                p.Property(x => x.Width).HasColumnName("plan_width");
                p.Property(x => x.Height).HasColumnName("plan_height");
            });
        });
        modelBuilder.Entity<Booking>(e =>
        {
            e.ToTable("changelab_bookings");
            e.Property(b => b.PersonName).HasMaxLength(Booking.MaxName);
            e.Property(b => b.Status).HasMaxLength(20);
            e.Property(b => b.DecisionReason).HasMaxLength(Booking.MaxReason);
            e.HasOne<Bookable>().WithMany().HasForeignKey(b => b.BookableId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(b => b.Units).WithOne().HasForeignKey(u => u.BookingId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(b => new { b.PersonId, b.EndsAt });
            e.HasIndex(b => new { b.BookableId, b.Day });
            e.HasIndex(b => new { b.Status, b.StartsAt });
            e.HasIndex(b => b.SeriesId);
        });
        modelBuilder.Entity<BookingUnit>(e =>
        {
            e.ToTable("changelab_booking_units");
            // The key is the guarantee: one booking per resource and slot, enforced by the database.
            e.HasKey(u => new { u.BookableId, u.SlotStart });
            e.HasIndex(u => u.BookingId);
        });
        modelBuilder.Entity<FeedAddress>(e =>
        {
            e.ToTable("changelab_feed_addresses");
            // One address per person; the hash is what a fetch looks up, and a renewal only wins over the key it saw.
            e.HasKey(f => f.PersonId);
            e.Property(f => f.KeyHash).HasMaxLength(64).IsConcurrencyToken();
            e.HasIndex(f => f.KeyHash).IsUnique();
        });
        modelBuilder.Entity<PresenceSharing>(e =>
        {
            e.ToTable("changelab_presence_sharing");
            // The key is what makes it one consent per person, however often it is given at once.
            e.HasKey(p => p.PersonId);
        });
        modelBuilder.Entity<Idea>(e =>
        {
            e.ToTable("changelab_ideas");
            e.Property(i => i.Title).HasMaxLength(Idea.MaxTitle);
            e.Property(i => i.Text).HasMaxLength(Idea.MaxText);
            e.Property(i => i.AuthorName).HasMaxLength(Idea.MaxName);
            e.Property(i => i.Status).HasMaxLength(20);
            e.Property(i => i.DecisionReason).HasMaxLength(Idea.MaxReason);
            e.HasIndex(i => i.CreatedAt);
            e.HasIndex(i => i.AuthorId);
        });
        modelBuilder.Entity<IdeaSupport>(e =>
        {
            e.ToTable("changelab_idea_supports");
            // The key is what makes it one support per person, under any load.
            e.HasKey(s => new { s.IdeaId, s.PersonId });
            e.HasOne<Idea>().WithMany().HasForeignKey(s => s.IdeaId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.PersonId);
        });
        modelBuilder.Entity<IdeaComment>(e =>
        {
            e.ToTable("changelab_idea_comments");
            e.Property(c => c.AuthorName).HasMaxLength(Idea.MaxName);
            e.Property(c => c.Text).HasMaxLength(IdeaComment.MaxText);
            e.HasOne<Idea>().WithMany().HasForeignKey(c => c.IdeaId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(c => new { c.IdeaId, c.CreatedAt });
            e.HasIndex(c => c.AuthorId);
        });
        modelBuilder.Entity<Project>(e =>
        {
            e.ToTable("changelab_projects");
            e.Property(p => p.Measure).HasMaxLength(30);
            e.Property(p => p.Title).HasMaxLength(Project.MaxTitle);
            e.Property(p => p.Summary).HasMaxLength(Project.MaxSummary);
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.NextSteps).HasMaxLength(Project.MaxNextSteps);
            e.HasIndex(p => p.Measure);
            // Two editors: the second write of a form opened on the same version is refused (UPDATE … WHERE Version = …).
            e.Property(p => p.Version).IsConcurrencyToken();
            e.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Milestone>(e =>
        {
            e.ToTable("changelab_milestones");
            e.Property(m => m.Title).HasMaxLength(Milestone.MaxTitle);
            e.HasIndex(m => new { m.ProjectId, m.Position });
            e.Property(m => m.Version).IsConcurrencyToken();
        });
    }
}

namespace SmartRegion.Participation.Budgets;

/// <summary>A project of a participatory budget, with what it would cost.</summary>
internal sealed class BudgetProject
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 4_000;

    private BudgetProject()
    {
    }

    public Guid Id { get; private set; }

    public Guid ProcessId { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Cost in euros.</summary>
    public decimal Cost { get; private set; }

    /// <summary>Order on the ballot.</summary>
    public int Position { get; private set; }

    public static BudgetProject Create(Guid processId, string title, string description, decimal cost, int position) =>
        new() { Id = Guid.NewGuid(), ProcessId = processId, Title = title, Description = description, Cost = cost, Position = position };
}

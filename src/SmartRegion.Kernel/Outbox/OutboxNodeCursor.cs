namespace SmartRegion.Kernel.Outbox;

/// <summary>
/// How far one node has read a module's outbox for its local projections. Kept in the database, so a node that restarts
/// (and keeps its index on disk) goes on from where it stopped instead of missing what happened while it was down.
/// </summary>
public sealed class OutboxNodeCursor
{
    private OutboxNodeCursor()
    {
    }

    /// <summary>The node's name (<c>Outbox:Node</c>).</summary>
    public string Node { get; private set; } = "";

    /// <summary>The writing transaction of the last event the node has handled (PostgreSQL; 0 on SQLite).</summary>
    public long Transaction { get; private set; }

    /// <summary>The position of that event within its transaction (PostgreSQL) or in the table (SQLite rowid).</summary>
    public long Position { get; private set; }

    /// <summary>When the node last moved its cursor or said it is alive.</summary>
    public DateTimeOffset SeenAt { get; private set; }

    internal FeedPosition At => new(Transaction, Position);

    internal static OutboxNodeCursor Start(string node, FeedPosition at, DateTimeOffset now) =>
        new() { Node = node, Transaction = at.Transaction, Position = at.Position, SeenAt = now };

    internal void MoveTo(FeedPosition at, DateTimeOffset now)
    {
        Transaction = at.Transaction;
        Position = at.Position;
        SeenAt = now;
    }
}

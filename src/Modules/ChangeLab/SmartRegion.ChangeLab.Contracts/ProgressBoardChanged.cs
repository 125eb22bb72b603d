using SmartRegion.Kernel.Outbox;

namespace SmartRegion.ChangeLab.Contracts;

/// <summary>
/// The content of the public progress board changed (a project, its status or a milestone); readers fetch the board
/// as it stands through <see cref="IProgressBoard"/>, so handling an old event again still writes the current board.
/// </summary>
public sealed record ProgressBoardChanged : IntegrationEvent;

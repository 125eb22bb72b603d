using Microsoft.Extensions.Caching.Memory;

namespace SmartRegion.Hub.Accounts;

/// <summary>
/// Slows down password guessing without letting anyone lock an account: failures are counted per typed address and
/// client address together. After <see cref="FreeAttempts"/> failures that pair waits before its next try, 30 seconds,
/// then twice as long after each further failure, at most 15 minutes; the password is not even checked while it waits.
/// The same person from another address (and the admin whose address someone else guesses at) signs in as usual, and
/// an unknown address is slowed down exactly like a known one, so the answer tells nothing about accounts. Counts are
/// kept in memory per node, for 15 minutes after the last failure, for at most 100,000 pairs.
/// </summary>
internal sealed class SignInThrottle(TimeProvider time) : IDisposable
{
    public const int FreeAttempts = 5;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(15);

    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _gate = new();

    private sealed record Failures(int Count, DateTimeOffset Last);

    /// <summary>How long this pair must still wait, or null when it may try now.</summary>
    public TimeSpan? WaitFor(string email, string? client)
    {
        if (!_failures.TryGetValue(Key(email, client), out Failures? failures) || failures is null || failures.Count < FreeAttempts)
        {
            return null;
        }

        var over = Math.Min(failures.Count - FreeAttempts, 5);
        var delay = TimeSpan.FromTicks(Math.Min(FirstDelay.Ticks << over, MaxDelay.Ticks));
        var wait = failures.Last + delay - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : null;
    }

    public void Failed(string email, string? client)
    {
        var key = Key(email, client);
        lock (_gate)
        {
            var count = _failures.TryGetValue(key, out Failures? failures) && failures is not null ? failures.Count + 1 : 1;
            _failures.Set(key, new Failures(count, time.GetUtcNow()), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Memory });
        }
    }

    public void Succeeded(string email, string? client) => _failures.Remove(Key(email, client));

    /// <summary>Lifts the wait for an address from every client address (after a password reset).</summary>
    public void Forget(string email)
    {
        lock (_gate)
        {
            _failures.Set(Generation(email), GenerationOf(email) + 1, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Memory });
        }
    }

    public void Dispose() => _failures.Dispose();

    // Counts are keyed with the address's generation, so forgetting one address needs no search through all pairs.
    private string Key(string email, string? client) => Generation(email) + "\n" + GenerationOf(email) + "\n" + client;

    private int GenerationOf(string email) => _failures.TryGetValue(Generation(email), out int generation) ? generation : 0;

    private static string Generation(string email) => email.Trim().ToUpperInvariant();
}

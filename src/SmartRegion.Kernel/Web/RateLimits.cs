namespace SmartRegion.Kernel.Web;

/// <summary>Names of the platform's rate-limiting policies.</summary>
public static class RateLimits
{
    /// <summary>Anonymous writes (forms and APIs anyone can post to): limited per client address; reads are not limited.</summary>
    public const string PublicWrite = "public-write";

    /// <summary>Sign-in, registration, password reset and token requests: stricter, per client address; reads are not limited.</summary>
    public const string SignIn = "sign-in";
}

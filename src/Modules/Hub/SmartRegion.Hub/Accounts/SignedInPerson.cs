using Microsoft.AspNetCore.Identity;

namespace SmartRegion.Hub.Accounts;

/// <summary>The account row of the person who sends the request; null when the account is gone since sign-in.</summary>
internal static class SignedInPerson
{
    public static async Task<Person?> FindAsync(SignInManager<Person> signIn) =>
        signIn.Context.User.Identity?.IsAuthenticated == true ? await signIn.UserManager.GetUserAsync(signIn.Context.User) : null;
}

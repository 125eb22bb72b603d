using System.Text.Json;
using Microsoft.Playwright;

namespace SmartRegion.Browser;

/// <summary>Reads <c>document.activeElement</c> and presses keys the way a keyboard user does.</summary>
internal static class FocusProbe
{
    private const string Script = """
        () => {
          const el = document.activeElement ?? document.body;
          const s = getComputedStyle(el);
          const outlineWidth = parseFloat(s.outlineWidth) || 0;
          const outlined = s.outlineStyle !== 'none' && outlineWidth > 0;
          const shadowed = s.boxShadow !== 'none' && s.boxShadow !== '';
          return {
            tag: el.tagName.toLowerCase(),
            id: el.id || '',
            text: (el.innerText || el.value || '').trim(),
            href: el.getAttribute('href'),
            inMainNavigation: el.closest('nav[aria-label="Hauptnavigation"]') !== null,
            outline: `outline: ${s.outlineStyle} ${s.outlineWidth}; box-shadow: ${s.boxShadow}`,
            focusVisible: outlined || shadowed,
          };
        }
        """;

    public static async Task<FocusedElement> ActiveAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(Script);
        return new FocusedElement(
            json.GetProperty("tag").GetString()!,
            json.GetProperty("id").GetString()!,
            json.GetProperty("text").GetString()!,
            json.GetProperty("href").ValueKind == JsonValueKind.String ? json.GetProperty("href").GetString() : null,
            json.GetProperty("inMainNavigation").GetBoolean(),
            json.GetProperty("outline").GetString()!,
            json.GetProperty("focusVisible").GetBoolean());
    }

    public static async Task<FocusedElement> TabAsync(IPage page)
    {
        await page.Keyboard.PressAsync("Tab");
        return await ActiveAsync(page);
    }

    /// <summary>Presses Tab until <paramref name="wanted"/> holds, and fails with the tab stops passed when it never does.</summary>
    public static async Task<FocusedElement> TabUntilAsync(IPage page, Func<FocusedElement, bool> wanted, string what, int maxTabs = 30)
    {
        var passed = new List<FocusedElement>();
        for (var i = 0; i < maxTabs; i++)
        {
            var focused = await TabAsync(page);
            if (wanted(focused))
            {
                return focused;
            }

            passed.Add(focused);
        }

        Assert.Fail($"{what} was not reached within {maxTabs} Tab presses. Tab stops:\n  {string.Join("\n  ", passed)}");
        return null!;
    }
}

using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.Localization;
using SmartRegion.Help.Resources;

namespace SmartRegion.Help.Offers;

/// <summary>
/// A page for paper: no header, navigation or footer, only the site's name so the sheet says where it came from.
/// Written in C# because a Razor layout would itself get the module's default layout from <c>_Imports.razor</c>.
/// </summary>
internal sealed class PrintLayout : LayoutComponentBase
{
    [Inject]
    private IStringLocalizer<HelpText> T { get; set; } = default!;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "header");
        builder.AddAttribute(1, "class", "kern-container sr-help-print-header");
        builder.OpenElement(2, "p");
        builder.AddAttribute(3, "class", "kern-body kern-body--bold");
        builder.AddContent(4, T["Print.Site"].Value);
        builder.CloseElement();
        builder.CloseElement();
        builder.OpenElement(5, "main");
        builder.AddAttribute(6, "id", "inhalt");
        builder.AddAttribute(7, "class", "kern-container sr-main");
        builder.AddAttribute(8, "tabindex", "-1");
        builder.AddContent(9, Body);
        builder.CloseElement();
    }
}

using MudBlazor;

namespace RecruiterLiaison.Web.Components.Layout;

/// <summary>The product's colours (a calm navy with a teal accent), light and dark.</summary>
public static class AppTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2f5d8a",
            Secondary = "#0f766e",
            Tertiary = "#7c3aed",
            AppbarBackground = "#1f3f63",
            AppbarText = "#ffffff",
            Background = "#f5f7fa",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            TextPrimary = "#1f2a37",
            TextSecondary = "#4b5563",
            Info = "#1d4ed8",
            Success = "#15803d",
            Warning = "#b45309",
            Error = "#b91c1c",
            LinesDefault = "#e3e8ef",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab4e0",
            Secondary = "#5eead4",
            Tertiary = "#c4b5fd",
            AppbarBackground = "#111827",
            Background = "#0b1220",
            Surface = "#151e2e",
            DrawerBackground = "#111827",
            TextPrimary = "#e5e7eb",
            TextSecondary = "#b6bfcc",
            Info = "#93c5fd",
            Success = "#86efac",
            Warning = "#fcd34d",
            Error = "#fca5a5",
            // Dark mode's colours are light, so what sits on them (chips, buttons) is dark.
            PrimaryContrastText = "#0b1220",
            SecondaryContrastText = "#0b1220",
            TertiaryContrastText = "#0b1220",
            InfoContrastText = "#0b1220",
            SuccessContrastText = "#0b1220",
            WarningContrastText = "#0b1220",
            ErrorContrastText = "#0b1220",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "8px" },
    };
}

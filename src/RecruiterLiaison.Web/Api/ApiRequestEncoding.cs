using System.Text;
using Microsoft.Net.Http.Headers;

namespace RecruiterLiaison.Web.Api;

public static class ApiRequestEncoding
{
    /// <summary>
    /// Under /api a body that names a charset .NET cannot decode (<c>application/json; charset=nonsense</c>)
    /// is refused with 415 before any endpoint reads it: the JSON reader would throw instead of answering.
    /// </summary>
    public static IApplicationBuilder UseApiRequestEncodingCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api") && UnknownCharset(context.Request.ContentType))
            {
                await Results.Problem(
                        statusCode: StatusCodes.Status415UnsupportedMediaType,
                        detail: "The body's charset is not one the API can read: send JSON in UTF-8.")
                    .ExecuteAsync(context);
                return;
            }

            await next();
        });

    private static bool UnknownCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.Charset.Length == 0)
        {
            return false;
        }

        try
        {
            _ = Encoding.GetEncoding(mediaType.Charset.Value!);
            return false;
        }
        catch (Exception unknown) when (unknown is ArgumentException or NotSupportedException)
        {
            // An unknown name, or one .NET knows but will not decode (UTF-7).
            return true;
        }
    }
}

using System.Security.Cryptography;
using RecruiterLiaison.Infrastructure.Idempotency;
using RecruiterLiaison.Infrastructure.Persistence;
using RecruiterLiaison.Web.Security;

namespace RecruiterLiaison.Web.Api;

/// <summary>
/// <c>Idempotency-Key</c> on API POSTs: the first response to a key is kept, and a retry with the
/// same key and the same request gets that response again (marked <c>Idempotent-Replayed: true</c>)
/// without doing anything more. The write and the record of its response commit in one
/// transaction (<see cref="IdempotentWrite"/>), so a failure anywhere before the commit leaves
/// nothing behind and the retry does the write for the first time.
/// </summary>
public static class IdempotentPosts
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    /// <summary>After authorization: the caller is known, and refusals (401, 403, 429) are never recorded.</summary>
    public static IApplicationBuilder UseIdempotentApiPosts(this IApplicationBuilder app) =>
        app.UseWhen(
            context => HttpMethods.IsPost(context.Request.Method)
                && context.Request.Path.StartsWithSegments("/api/v1")
                && context.Request.Headers.ContainsKey(HeaderName),
            branch => branch.Use(HandleAsync));

    private static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers[HeaderName].ToString();
        if (!IsWellFormed(key))
        {
            await ProblemAsync(context, StatusCodes.Status400BadRequest, "Invalid Idempotency-Key",
                $"An Idempotency-Key is 1 to {IdempotencyRecord.KeyLength} visible ASCII characters; a UUID is a good choice.");
            return;
        }

        if (context.User.ToCurrentUser() is not { } user)
        {
            await next(context); // the endpoint answers 401 itself
            return;
        }

        var records = context.RequestServices.GetRequiredService<IdempotencyRecords>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var hash = await RequestHashAsync(context.Request);
        try
        {
            if (await records.FindAsync(user.UserId, key, context.RequestAborted) is { } earlier)
            {
                await ReplayOrRefuseAsync(context, earlier, hash);
                return;
            }

            await using var write = await records.BeginAsync(context.RequestAborted);
            var response = await RunBufferedAsync(context, next, write);
            if (response.StatusCode >= StatusCodes.Status500InternalServerError)
            {
                await response.SendAsync(context); // rolled back on dispose: nothing to replay
                return;
            }

            var record = new IdempotencyRecord
            {
                UserId = user.UserId,
                Key = key,
                RequestHash = hash,
                StatusCode = response.StatusCode,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                Body = response.Body,
                CreatedAt = clock.GetUtcNow(),
            };
            if (await write.CommitAsync(record, CancellationToken.None))
            {
                await response.SendAsync(context);
            }
            else if (await records.FindAsync(user.UserId, key, CancellationToken.None) is { } concurrent)
            {
                context.Response.Clear();
                await ReplayOrRefuseAsync(context, concurrent, hash);
            }
        }
        catch (Exception exception) when (DatabaseFaults.IsUnavailable(exception) && !context.Response.HasStarted)
        {
            // The database went away before the commit was confirmed. Nothing was kept unless the
            // commit landed, and then the retry finds the record: retrying with the key is safe.
            context.Response.Clear();
            context.Response.Headers.RetryAfter = "2";
            await ProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "Try again",
                "The database is not answering. Send the same request again with the same Idempotency-Key.");
        }
    }

    private static bool IsWellFormed(string key) =>
        key.Length is > 0 and <= IdempotencyRecord.KeyLength && key.All(c => c is > ' ' and <= '~');

    private static async Task<string> RequestHashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task<BufferedResponse> RunBufferedAsync(HttpContext context, RequestDelegate next, IdempotentWrite write)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        write.Enter();
        try
        {
            await next(context);
        }
        finally
        {
            IdempotentWrite.Leave();
            context.Response.Body = original;
        }

        return new BufferedResponse(context.Response.StatusCode, buffer.ToArray());
    }

    private static async Task ReplayOrRefuseAsync(HttpContext context, IdempotencyRecord earlier, string hash)
    {
        if (earlier.RequestHash != hash)
        {
            await ProblemAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
            return;
        }

        context.Response.StatusCode = earlier.StatusCode;
        context.Response.ContentType = earlier.ContentType;
        if (earlier.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        context.Response.Headers[ReplayedHeaderName] = "true";
        await new BufferedResponse(earlier.StatusCode, earlier.Body).SendAsync(context);
    }

    private static Task ProblemAsync(HttpContext context, int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);

    private sealed record BufferedResponse(int StatusCode, byte[] Body)
    {
        public async Task SendAsync(HttpContext context)
        {
            if (Body.Length == 0)
            {
                return; // an empty error becomes problem details on the way out (ApiProblemDetails)
            }

            context.Response.ContentLength = Body.Length;
            await context.Response.Body.WriteAsync(Body, context.RequestAborted);
        }
    }
}

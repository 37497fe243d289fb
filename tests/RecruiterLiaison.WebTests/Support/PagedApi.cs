using System.Net.Http.Json;
using System.Text.Json;

namespace RecruiterLiaison.WebTests.Support;

/// <summary>Reads a paged list endpoint to its end: tests share one database, so a row may be past the first page.</summary>
public static class PagedApi
{
    public static async Task<List<JsonElement>> AllItemsAsync(this HttpClient client, string path)
    {
        var items = new List<JsonElement>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; page <= 100; page++)
        {
            var body = await client.GetFromJsonAsync<JsonElement>($"{path}{separator}page={page}&pageSize=100");
            items.AddRange(body.GetProperty("items").EnumerateArray());
            if (items.Count >= body.GetProperty("total").GetInt32() || body.GetProperty("items").GetArrayLength() == 0)
            {
                break;
            }
        }

        return items;
    }
}

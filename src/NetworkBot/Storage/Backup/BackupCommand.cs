using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace NetworkBot.Storage.Backup;

/// <summary>
/// <c>NetworkBot backup FILE</c>: a consistent copy of the data file. While the service runs, the service makes it
/// (asked over its local address with the control file's token); when nothing runs, this command opens the file itself.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var line = StorageCommandLine.Parse("backup", args, errors);
        if (line is null) return 2;
        if (!File.Exists(line.DataPath))
        {
            await errors.WriteLineAsync($"There is no data file at {line.DataPath} yet: nothing to back up (check Storage:Path).");
            return 1;
        }

        if (ServiceControlFile.TryRead(line.DataPath) is { } control)
        {
            var asked = await AskServiceAsync(control, line.File, output, errors);
            if (asked is not null) return asked.Value;
        }

        try
        {
            using var storage = new LiteDbContext(line.DataPath, line.Password);
            storage.BackUpTo(line.File);
        }
        catch (DataFileInUseException)
        {
            await errors.WriteLineAsync(
                $"The data file {line.DataPath} is in use by a process that cannot make backups (a console?). Stop it, then run backup again.");
            return 1;
        }
        catch (StorageUnavailableException exception)
        {
            await errors.WriteLineAsync(exception.Message);
            return 1;
        }

        await output.WriteLineAsync($"Backup written to {line.File} ({new FileInfo(line.File).Length:N0} bytes; the service was not running).");
        return 0;
    }

    /// <summary>Null when no service answers (the control file is left from a service that did not stop cleanly).</summary>
    private static async Task<int?> AskServiceAsync(ServiceControlFile control, string target, TextWriter output, TextWriter errors)
    {
        using var client = new HttpClient { BaseAddress = new Uri(control.Url), Timeout = TimeSpan.FromMinutes(5) };
        using var request = new HttpRequestMessage(HttpMethod.Post, BackupEndpoint.Route.TrimStart('/'))
        {
            Content = JsonContent.Create(new BackupRequest(target)),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", control.Token);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request);
        }
        catch (HttpRequestException)
        {
            return null;
        }

        using (response)
        {
            var answer = response.Content.Headers.ContentType?.MediaType == "application/json"
                ? await response.Content.ReadFromJsonAsync<BackupAnswer>()
                : null;
            if (response.IsSuccessStatusCode && answer is not null)
            {
                await output.WriteLineAsync($"Backup written to {answer.Path} ({answer.Bytes:N0} bytes) by the running service.");
                return 0;
            }

            await errors.WriteLineAsync($"The running service could not make the backup ({(int)response.StatusCode}): {answer?.Error ?? "refused"}.");
            return 1;
        }
    }
}

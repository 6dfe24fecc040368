using System.Globalization;
using CsvHelper;
using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Settings;

namespace NetworkBot.Web;

/// <summary>
/// An event's registrations as CSV for organizers: going in arrival order, then the waitlist in its order, with the
/// after-party status and what people gave when registering. UTF-8 with a byte order mark, so Excel in Japan
/// opens it without garbling; cells that a spreadsheet would run as a formula are escaped.
/// </summary>
public sealed class AttendeeCsvWriter(BotSettings settings)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public async Task WriteAsync(EventRoster roster, Texts texts, Stream destination, CancellationToken cancellationToken)
    {
        var hasParty = roster.Event.AfterParty is not null;
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await csv.WriteRecordAsync([.. texts.CsvHeaders], cancellationToken);
        foreach (var r in roster.Going.Concat(roster.Waitlist))
        {
            string[] row =
            [
                r.Sequence.ToString(CultureInfo.InvariantCulture),
                texts.CsvStatus(r.Status, roster.WaitlistPosition(r.MemberId)),
                r.Name,
                r.Affiliation ?? "",
                r.Email ?? "",
                texts.CsvParty(r.Party, roster.PartyWaitlistPosition(r.MemberId), hasParty),
                settings.ToLocal(r.RegisteredAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ];
            await csv.WriteRecordAsync(row, cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}

using System.Globalization;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Replies;
using NetworkBot.Core.Settings;

namespace NetworkBot.Core.Events;

/// <summary>The event form, empty for <c>/event create</c> and filled in for <c>/event edit</c>. Its fields are the command's option keys.</summary>
public sealed class EventForms(BotSettings settings)
{
    public ReplyForm Create(Texts texts) => new("event-create", texts.EventFormTitle, "/event create", Fields(null, texts));

    public ReplyForm Edit(Event e, Texts texts) => new("event-edit", texts.EventEditFormTitle(e.Id), $"/event edit {e.Id}", Fields(e, texts));

    /// <summary>Signing up with the details a symposium asks for; submitting runs <c>/join ID</c> with them.</summary>
    public ReplyForm Join(Event e, string name, Texts texts)
    {
        var fields = new List<FormField>
        {
            new("name", texts.FieldLabel("name"), FormFieldKind.ShortText, null, true, JoinCommand.NameMaxLength, name),
            new("affiliation", texts.FieldLabel("affiliation"), FormFieldKind.ShortText, texts.FieldExample("affiliation"), false, JoinCommand.AffiliationMaxLength),
            new("email", texts.FieldLabel("email"), FormFieldKind.ShortText, texts.FieldExample("email"), false, 254),
        };
        if (e.AfterParty is not null) fields.Add(new(EventFields.Party, texts.FieldLabel(EventFields.Party), FormFieldKind.YesNo, null, false, 5));
        return new ReplyForm("event-join", texts.JoinFormTitle, $"/join {e.Id}", fields);
    }

    private List<FormField> Fields(Event? e, Texts texts)
    {
        var kinds = Enum.GetValues<EventKind>().Select(k => new FormChoice(texts.Kind(k), KindValue(k))).ToList();
        return
        [
            new(EventFields.Title, texts.FieldLabel(EventFields.Title), FormFieldKind.ShortText, texts.FieldExample(EventFields.Title), true, EventFields.TitleMaxLength, e?.Title),
            new(EventFields.Kind, texts.FieldLabel(EventFields.Kind), FormFieldKind.Choice, null, true, 20, KindValue(e?.Kind ?? EventKind.StudySession), kinds),
            new(EventFields.Start, texts.FieldLabel(EventFields.Start), FormFieldKind.ShortText, texts.FieldExample(EventFields.Start), true, 40, Input(e?.Start)),
            new(EventFields.End, texts.FieldLabel(EventFields.End), FormFieldKind.ShortText, texts.FieldExample(EventFields.End), false, 40, Input(e?.End)),
            new(EventFields.Doors, texts.FieldLabel(EventFields.Doors), FormFieldKind.ShortText, texts.FieldExample(EventFields.Doors), false, 40, Input(e?.DoorsOpen)),
            new(EventFields.Venue, texts.FieldLabel(EventFields.Venue), FormFieldKind.ShortText, texts.FieldExample(EventFields.Venue), false, EventFields.VenueMaxLength, e?.Venue),
            new(EventFields.Url, texts.FieldLabel(EventFields.Url), FormFieldKind.ShortText, "https://", false, 300, e?.OnlineUrl),
            new(EventFields.Capacity, texts.FieldLabel(EventFields.Capacity), FormFieldKind.ShortText, texts.FieldExample(EventFields.Capacity), false, 10, e?.Capacity?.ToString(CultureInfo.InvariantCulture)),
            new(EventFields.Fee, texts.FieldLabel(EventFields.Fee), FormFieldKind.ShortText, texts.FieldExample(EventFields.Fee), false, 20, e?.FeeYen?.ToString(CultureInfo.InvariantCulture)),
            new(EventFields.Deadline, texts.FieldLabel(EventFields.Deadline), FormFieldKind.ShortText, texts.FieldExample(EventFields.Deadline), false, 40, Input(e?.Deadline)),
            new(EventFields.Prefecture, texts.FieldLabel(EventFields.Prefecture), FormFieldKind.ShortText, texts.FieldExample(EventFields.Prefecture), false, 20, Prefectures.ByCode(e?.PrefectureCode)?.NameJa),
            new(EventFields.Description, texts.FieldLabel(EventFields.Description), FormFieldKind.LongText, null, false, EventFields.DescriptionMaxLength, e?.Description),
            new(EventFields.Party, texts.FieldLabel(EventFields.Party), FormFieldKind.YesNo, null, false, 5, e is null ? null : e.AfterParty is null ? "no" : "yes"),
            new(EventFields.PartyStart, texts.FieldLabel(EventFields.PartyStart), FormFieldKind.ShortText, texts.FieldExample(EventFields.PartyStart), false, 40, Input(e?.AfterParty?.Start)),
            new(EventFields.PartyVenue, texts.FieldLabel(EventFields.PartyVenue), FormFieldKind.ShortText, null, false, EventFields.VenueMaxLength, e?.AfterParty?.Venue),
            new(EventFields.PartyCapacity, texts.FieldLabel(EventFields.PartyCapacity), FormFieldKind.ShortText, texts.FieldExample(EventFields.Capacity), false, 10, e?.AfterParty?.Capacity?.ToString(CultureInfo.InvariantCulture)),
            new(EventFields.PartyFee, texts.FieldLabel(EventFields.PartyFee), FormFieldKind.ShortText, texts.FieldExample(EventFields.PartyFee), false, 20, e?.AfterParty?.FeeYen?.ToString(CultureInfo.InvariantCulture)),
        ];
    }

    private static string KindValue(EventKind kind) => kind switch
    {
        EventKind.StudySession => "study",
        EventKind.MiniStudySession => "mini",
        EventKind.Meetup => "meetup",
        EventKind.Symposium => "symposium",
        _ => "other",
    };

    private string? Input(DateTimeOffset? instant) =>
        instant is { } value ? settings.ToLocal(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null;
}

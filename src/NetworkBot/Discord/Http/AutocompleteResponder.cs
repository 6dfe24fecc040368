using NetworkBot.Core.Events;
using NetworkBot.Core.Localization;
using NetworkBot.Core.Platform;
using NetworkBot.Core.Regions;
using NetworkBot.Core.Text;
using NetworkBot.Discord.Rendering;
using NetworkBot.Discord.Wire;

namespace NetworkBot.Discord.Http;

/// <summary>
/// Suggestions while a member types: upcoming events for an event id ("#3 title — date"; for <c>/leave</c> only the
/// member's own), and prefectures matched on kanji, kana or romaji (47 is more than Discord's 25 choices).
/// </summary>
internal sealed class AutocompleteResponder(
    IEventRepository events, IRegistrationRepository registrations, EventCards cards, InteractionMapper mapper, TimeProvider time)
{
    public async Task<InteractionResponse> RespondAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var focused = Focused(interaction.Data?.Options);
        if (focused is null) return InteractionResponse.Choices([]);
        var typed = WellFormedText.Normalize(InteractionMapper.OptionText(focused.Value)).Trim();
        var texts = Texts.For(mapper.Language(interaction));
        IReadOnlyList<CommandChoice> choices = focused.Name switch
        {
            "id" => await EventChoicesAsync(interaction, typed, texts, cancellationToken),
            "prefecture" => Prefectures.Search(typed, DiscordLimits.Choices)
                .Select(p => new CommandChoice(texts.Language == Language.En ? $"{p.NameEn} ({p.NameJa})" : p.NameJa, p.NameJa))
                .ToList(),
            _ => [],
        };
        return InteractionResponse.Choices(choices);
    }

    private async Task<IReadOnlyList<CommandChoice>> EventChoicesAsync(Interaction interaction, string typed, Texts texts, CancellationToken cancellationToken)
    {
        IEnumerable<Event> upcoming = await events.ListUpcomingAsync(time.GetUtcNow(), cancellationToken);
        if (interaction.Data?.Name == "leave")
        {
            var memberId = mapper.Context(interaction).Invoker.Id;
            var mine = (await registrations.ListForMemberAsync(memberId, cancellationToken)).Where(r => r.IsActive).Select(r => r.EventId).ToHashSet();
            upcoming = upcoming.Where(e => mine.Contains(e.Id));
        }

        var number = typed.TrimStart('#');
        if (number.Length > 0 && number.All(char.IsAsciiDigit))
        {
            upcoming = upcoming.Where(e => e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture).StartsWith(number, StringComparison.Ordinal));
        }
        else if (typed.Length > 0)
        {
            upcoming = upcoming.Where(e => WellFormedText.Normalize(e.Title).Contains(typed, StringComparison.OrdinalIgnoreCase));
        }

        return upcoming.Take(DiscordLimits.Choices)
            .Select(e => new CommandChoice(
                DiscordLimits.Cut($"#{e.Id} {e.Title} — {cards.DateTime(e.Start, texts)}", DiscordLimits.ChoiceName),
                e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static InteractionOption? Focused(List<InteractionOption>? options)
    {
        foreach (var option in (options ?? []).OfType<InteractionOption>())
        {
            if (option.Focused == true) return option;
            if (Focused(option.Options) is { } nested) return nested;
        }

        return null;
    }
}

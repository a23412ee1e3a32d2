import { describe, expect, it } from 'vitest';
import { ENGLISH_SOUND_ALIKE_RULES } from '../../../../engine/checks/sound-alikes-en';
import { hitsOf } from './rule-hits';

const hits = (text: string) => hitsOf(ENGLISH_SOUND_ALIKE_RULES, text);

describe("English sound-alikes: its, they're, affect, than, a/an, determiners, there is", () => {
  it.each([
    ["The studio is loved for it's light and space.", "it's", 'its'],
    ["Guests admire the garden and all of it's roses.", "it's", 'its'],
    ["The bistro at it's busiest serves ninety covers.", "it's", 'its'],
    ["On it's first night the bar was full.", "it's", 'its'],
    ['Its where the locals eat.', 'Its where', "It's where"],
    ['Its gorgeous!', 'Its gorgeous', "It's gorgeous"],
    ["We are sorry about they're delay.", "they're", 'their'],
    ["Most people bring they're own mats.", "they're", 'their'],
    ["Treat yourself with you're favourite cake.", "you're", 'your'],
    ["That's you're receipt.", "you're", 'your'],
    ["Pick up you're freshest loaf at nine.", "you're freshest", 'your freshest'],
    ['If your using a voucher, say so at the till.', 'your using', "you're using"],
    ["Is this umbrella your's?", "your's", 'yours'],
    ["They're are six rooms.", "They're are", 'They are'],
    ['The discount had a lasting affect.', 'lasting affect', 'lasting effect'],
    ['The price rise takes affect in June.', 'takes affect', 'takes effect'],
    ['The new fees remain in affect until May.', 'remain in affect', 'remain in effect'],
    ['Roadworks could seriously effect access.', 'seriously effect', 'seriously affect'],
    ['Flooding will effect the delivery.', 'will effect the delivery', 'will affect the delivery'],
    ['Our rooms are larger then yours.', 'larger then', 'larger than'],
    ['No fee other then the deposit applies to us? Nothing other then that.', 'other then', 'other than'],
    ['The wait was shorter then you might think.', 'shorter then', 'shorter than'],
    ['Prices are worst than last year.', 'worst than', 'worse than'],
    ['Pick a date and than we call you.', 'and than', 'and then'],
    ['Once the paint dries, than we fit the doors.', ', than', ', then'],
    ['It is a 8-week course.', 'a 8', 'an 8'],
    ['Ask for a NHS form.', 'a NHS', 'an NHS'],
    ['We email an CV template.', 'an CV', 'a CV'],
    ['Show the a voucher at the desk.', 'the a', 'a'],
    ['This flowers are fresh.', 'This flowers', 'These flowers'],
    ['These requires a deposit.', 'These requires', 'These require'],
    ['Each women gets a free drink.', 'Each women', 'Each woman'],
    ["There's several ways to pay.", "There's several", 'There are several'],
    ['There is rooms with a sea view.', 'There is rooms', 'There are rooms'],
    ['There are two car on the drive.', null, null],
    ['There are many mistake in the old menu.', 'There are many mistake', 'There are many mistakes'],
  ])('flags "%s"', (text, quote, fix) => {
    if (quote === null) expect(hits(text)).toEqual([]);
    else expect(hits(text)).toContainEqual([quote, fix]);
  });

  it.each([
    "Half of it's booked already.",
    "Once you check in it's a short walk.",
    "For all it's worth, we liked it.",
    'The café is proud of its coffee.',
    'Its opening hours change in winter.',
    "Worried about they're late? Call us.",
    "You're best placed to choose.",
    'Thank you for your using our shop.',
    'The changes take effect in May.',
    'Changes in affect are common after surgery.',
    'We will effect the transfer today.',
    'Whisk more cream then serve.',
    'They love each other then part.',
    'Come early then you get a seat.',
    'An 8-week course starts in an 1890s hall.',
    'We send an SMS, a URL and a one-off code.',
    'We teach an FAQ session and an HR course.',
    'Try the a la carte menu.',
    'Plan a the week before.',
    "There's lots to see and there's news every week.",
    'There is sales tax on tickets.',
    'There are time slots on Friday.',
    'These change over time.',
    "A women's team trains here.",
    'Each children services team is local.',
  ])('leaves "%s" alone', (text) => {
    expect(hits(text)).toEqual([]);
  });
});

describe('English near homophones: complement, principle, advice, each, there is', () => {
  it.each([
    ['The chutney compliments the dish.', 'compliments the dish', 'complements the dish'],
    ['Oak beams beautifully compliment the room.', 'beautifully compliment', 'beautifully complement'],
    ['In principal, we can open on Sundays.', 'In principal', 'In principle'],
    ['Ring us for advise about sizes.', 'advise', 'advice'],
    ['We wash each towels daily.', 'each towels', 'each towel'],
    ["They're will be a queue.", "They're will be", 'There will be'],
  ])('flags "%s"', (text, quote, fix) => {
    expect(hitsOf(ENGLISH_SOUND_ALIKE_RULES, text)).toContainEqual([quote, fix]);
  });

  it.each(['Customers compliment the wine list.', 'She complimented our menu.', 'Overpayments go to the principal first.', 'We advise on colours and fabrics.', 'Each costs a pound.', "They're happy to help."])(
    'leaves "%s" alone',
    (text) => {
      expect(hitsOf(ENGLISH_SOUND_ALIKE_RULES, text)).toEqual([]);
    },
  );
});

package dev.campaigncrm.reply.cues;

import static dev.campaigncrm.reply.cues.CueKind.DECLINE;
import static dev.campaigncrm.reply.cues.CueKind.DEFERRAL;
import static dev.campaigncrm.reply.cues.CueKind.HEDGE;
import static dev.campaigncrm.reply.cues.CueKind.IDENTITY;
import static dev.campaigncrm.reply.cues.CueKind.INFO;
import static dev.campaigncrm.reply.cues.CueKind.INTEREST;
import static dev.campaigncrm.reply.cues.CueKind.MEETING;
import static dev.campaigncrm.reply.cues.CueKind.OPT_OUT;
import static dev.campaigncrm.reply.cues.CueKind.PRICE;
import static dev.campaigncrm.reply.cues.CueKind.REFERRAL;

import dev.campaigncrm.reply.cues.Cue.Negated;
import java.util.List;

/**
 * The English phrases the rule classifier looks for (the other languages are in {@link EuropeanCues}). Words are written as the tokenizer produces them: lower case,
 * apostrophes removed ({@code lets}, {@code dont}, {@code were} for "we're").
 */
final class CueCatalog {

    private static final Negated DECLINES = new Negated(DECLINE, 0.8, "declines");
    private static final Negated DECLINES_CALL = new Negated(DECLINE, 0.8, "declines a call");
    private static final Negated DECLINES_INFO = new Negated(DECLINE, 0.75, "declines more information");
    private static final Negated DECLINES_FOLLOW_UP = new Negated(DECLINE, 0.85, "declines a follow-up");
    private static final Negated APPROVES = new Negated(INTEREST, 0.65, "negated objection");

    private static final String CALL = "call|demo|meeting|chat|intro|walkthrough|conversation|time|session|zoom|teams";
    private static final String DAY = "monday|tuesday|wednesday|thursday|friday|tomorrow|today|next_week|this_week";
    private static final String PEOPLE = "colleague|colleagues|manager|boss|team|partner|cofounder|co_founder|cto|ceo"
            + "|cfo|coo|cio|ciso|head|director|vp|procurement|purchasing|it_team|it_department|assistant|coworker"
            + "|co_worker|counterpart|supervisor|lead|office_manager|operations_manager|it_manager|ops_team"
            + "|finance_team"
            + "|operations_team|buyer|purchasing_team";
    static final String MONTH = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

    private static final List<Cue> CUES = List.of(
            Cue.of(OPT_OUT, 0.97, "asks to be removed", null,
                    "unsubscribe", "unsubscribed", "unsub", "^unsubscribe me", "remove me|us",
                    "remove my|our email|address|name|details|contact|data",
                    "take me|us off", "stop emailing|mailing|contacting|messaging|sending|spamming|writing|bothering",
                    "stop e_mailing", "do_not|dont|never email|contact|message|mail|write|e_mail [me|us] [again|anymore|further]",
                    "opt out", "opt me|us out", "no more emails|messages|mails|e_mails",
                    "leave me|us alone", "please stop", "^stop", "^remove", "^remove me",
                    "delete my|our data|details|email|address|information", "off your list|lists|mailing_list",
                    // Swedish and Danish, which have no cue family of their own yet
                    "avregistrera", "avregistrera mig", "afmeld mig"),
            Cue.of(DECLINE, 0.9, "declines", null,
                    "not interested", "not really interested", "doesnt|does_not|wouldnt interest [me|us]",
                    "not something we|wed|i|id|we_would|i_would consider|want|look_at|pursue|explore", "no interest", "not at_all interested",
                    "no thanks|thx|ta", "no thank you", "thanks|thank_you anyway", "already said no", "not for us|me", "not something we need|want|are_looking_for",
                    "well|ill|i_will|we_will|have_to|going_to|gonna|must|shall|will|to pass",
                    "pass on this|that|it|your_offer|this_one", "^pass", "^i pass",
                    "decline", "declining", "not a|the [good|great|right] fit", "no fit", "not a match",
                    "not relevant [for|to] [us|me]", "not in the market", "not looking", "not pursuing",
                    "no need for", "dont|do_not|dont_really|do_not_really need", "dont have a need",
                    "no budget", "dont|do_not have [the|a|any] budget", "not a priority", "isnt|is_not|arent a priority",
                    "wont|will_not|not be moving forward", "not moving forward", "not going to move forward",
                    "waste of [my|our] time", "no longer", "not worth", "not convinced",
                    "dont see [the|a|any] value|need|fit", "spam", "no use for",
                    "doesnt|does_not|wont|will_not|wouldnt|would_not apply to us|me|our_business|our_company",
                    "not applicable [to_us|for_us]", "irrelevant [to|for] [us|me]",
                    "went_with|chose|chosen|selected|picked|signed_with another|a_different|someone_else|a_competitor",
                    "not investing|spending in|on", "wont|will_not|not_going_to invest|spend [in|on]"),
            Cue.of(DECLINE, 0.7, "says no", null, "^no", "^nope", "^nah", "^no way", "^no need",
                    "^were|we_are good|fine|covered [thanks|thank_you]"),
            Cue.of(DECLINE, 0.85, "tells to forget it", null, "forget it"),
            Cue.of(DECLINE, 0.9, "declines: no budget", null,
                    "no money|funds|funding", "out of|over budget", "cant|cannot|can_not|couldnt afford",
                    "budget|budgets [is|are|was|were|has_been|have_been|got|is_now] cut|frozen|closed|spent|gone"
                            + "|exhausted|slashed|halved|used_up|allocated|blown",
                    "bid|request|proposal [was|got|has_been] turned_down|rejected|refused|denied",
                    "budget|spending|purchasing freeze", "freeze on spending|purchases|purchasing",
                    "nothing left in the|our budget", "no room in the|our budget"),
            Cue.of(DECLINE, 0.85, "already has a solution", null,
                    "were|we_are|im|i_am all set", "^all set", "already have|use|using|work_with|working_with",
                    "already signed [with|up]", "already went with", "already chose|selected|picked|bought|invested",
                    "happy with our|my current|existing", "built our own", "built it in house",
                    "happy|satisfied|content with it|them|what_we_have|our_setup|our_provider|our_vendor|our_tool",
                    "under contract with|until|through", "locked in|into [a|our] [contract|deal]",
                    "another|a_different|a_competing vendor|provider|supplier|tool|solution",
                    "covers|handles|solves|does this|that|it for us",
                    "have a vendor|provider|solution [for_that|for_this|already]", "covered [on|in] that|this front"),
            Cue.of(DECLINE, 0.6, "objects", APPROVES,
                    "bad idea", "terrible idea", "a stretch", "waste of money", "too expensive", "overkill"),
            Cue.of(MEETING, 0.9, "asks to schedule a call", DECLINES_CALL,
                    "ok|okay|fine for|with [a|the] call|demo|meeting|chat", "book|put me in|down for [the|a] call|demo",
                    "book|schedule|arrange|organise|organize|have|do|grab|set|setup|set_up|hop_on|jump_on|get_on|find"
                            + " [a|an|some] [quick|short|brief|15|20|30|half] [minute|min|mins|hour] " + CALL,
                    "lets|let_us talk|chat|meet|connect|speak|schedule|book|discuss|do_it|do_this|go|set_something_up"
                            + "|set_up|find|hop|jump|get",
                    "[please] send [me|us|over] [a|an|the] calendar|meeting|zoom|teams invite|invitation|link",
                    "send [me|us] [over] an|the invite|invitation", "calendar invite|invitation|link", "calendly",
                    "whats|what_is your availability", "what times|time|days|day work|works|suit|suits",
                    "when are you free|available", "when works [for_you|best]", "when is good [for_you]",
                    "are you free|available " + DAY + "|on|this|next",
                    "im|i_am|were|we_are free|available " + DAY + "|on|this",
                    "how about|does " + DAY, DAY + " works|work|is_good|suits", "works for me", "give me a call",
                    "call me", "ring me", "see|get|request|want|like|love|need a|the demo",
                    "show me [a|the] demo|product|platform|tool", "^demo please", "would love to see it",
                    "walk me|us through"),
            Cue.of(INTEREST, 0.85, "expresses interest", DECLINES,
                    "interested", "intrigued", "keen", "count me|us in", "^im|i_am in",
                    "sounds|sound|looks|look good|great|interesting|promising|useful|perfect|amazing|excellent"
                            + "|fantastic|awesome|like_a_plan|like_a_good_idea|relevant|compelling",
                    "happy|glad|open|eager|willing|love|like|want|would_like|id_like|wed_like to talk|chat"
                            + "|connect|meet|learn_more|hear_more|discuss|explore|try|see|speak|take_a_look"
                            + "|give_it_a_try|give_it_a_go|move_forward|proceed|get_started|start|find_out_more",
                    "open to it|this|that|a_conversation|a_call|exploring|learning_more",
                    "good|great|perfect timing", "great|good|nice idea", "good|great|perfect fit",
                    "^yes please", "^yes definitely", "^sure thing", "^absolutely", "lets do it|this", "sign me|us up",
                    "move forward", "next steps", "a|an|the|free trial|pilot", "trial account|access|period|version",
                    "pilot it|this|project", "test|trial it|this [out]"),
            Cue.of(INTEREST, 0.65, "says yes", DECLINES, "^yes", "^definitely", "^of course", "^sure", "^yep",
                    "^yeah", "^yup", "^why not"),
            Cue.of(INTEREST, 0.7, "wants to try it", DECLINES, "try|test|trial|pilot it|this|that|them [out]",
                    "try|test [it] out", "give it|this a try|go|spin|test"),
            Cue.of(INTEREST, 0.45, "agrees mildly", DECLINES, "makes|make sense", "^ok", "^okay", "^ok sure",
                    "^fine", "^got it", "^noted", "^cool"),
            Cue.of(INFO, 0.8, "asks for more information", DECLINES_INFO,
                    "ok|okay|fine for|with [the] two_pager|overview|pdf|brochure|deck|one_pager|summary",
                    "send|share|forward|email|give|provide [me|us|over|along] [over] [some|more|further|additional"
                            + "|the|a|an|your|any] info|information|details|materials|material|deck|brochure|overview"
                            + "|case_study|case_studies|examples|references|documentation|docs|specs|proposal"
                            + "|one_pager|slides|whitepaper|white_paper|summary|link|website|video|terms|sla|contract"
                            + "|security_docs|pdf|two_pager|two_pagers|two_pages|2_pages",
                    "^send it|them|that|those [over|along|through|across|my_way]",
                    "send it|them|that|those over|along|through|across|my_way",
                    "more|further|additional info|information|details|context|specifics", "tell me more",
                    "learn more", "how does|would it|this|that work|works", "what does|would it|this|that do",
                    "can|could you explain|elaborate|clarify", "what exactly",
                    "do you have [a|any] case_study|case_studies|references|deck|examples|customers|clients",
                    "i have some|a_few|a_couple_of questions", "curious how|about|what", "what makes you different",
                    "how is this|it|that different", "a|the case_study|case_studies",
                    "what does|would [the] onboarding|setup|implementation|rollout|integration|it|this look like",
                    "where is|are the|our|my data stored|hosted|kept", "data residency|hosting|protection",
                    "integrate|integrates|integration|integrations|compatible|compatibility with",
                    "does|would|can it|this|that|your_tool|your_product|your_platform work|connect|sync|talk with|to",
                    "does|would|can it|this|that|your_tool|your_product|your_platform support|handle|cover|import"),
            Cue.of(PRICE, 0.75, "asks about the price", DECLINES_INFO,
                    "pricing", "price", "prices", "cost", "costs", "how much", "a quote", "price list", "rates",
                    "per seat|user|month|license"),
            Cue.of(DEFERRAL, 0.85, "asks to follow up later", DECLINES_FOLLOW_UP,
                    "next|following quarter|year|month|fiscal_year|fy|budget_cycle|budget_year|season|spring|summer"
                            + "|fall|autumn|winter",
                    "after [the|our] holidays|holiday|summer|new_year|break|launch|quarter|migration|conference"
                            + "|merger|audit|reorg|busy_season|rollout|vacation|freeze",
                    "in|until|by|around q1|q2|q3|q4|the_new_year|the_spring|the_fall|the_autumn"
                            + "|a_few_weeks|a_few_months|a_couple_of_months|a_couple_months|two_months"
                            + "|three_months|six_months|2_months|3_months|6_months|a_month|a_few_months_time",
                    "q1|q2|q3|q4", "not until|before [the] q1|q2|q3|q4|next|" + MONTH + "|the_new_year|after|later",
                    "later this|in_the year|quarter|month", "end of the|this year|quarter",
                    "early next year|quarter", "check|circle|come|get back [later|with_me|to_me]",
                    "reach_out|ping_me|contact_me|email_me|write_me again|later|then|in|next|after", "try me again|later", "write to me|us again|later|then|in|after|next",
                    "ping me later|in|next|again", "follow up later|in|next|then|after|again",
                    "not right now", "not now", "not yet", "not at the moment", "not at this time",
                    "not this quarter|year|month", "not today", "not currently", "maybe later",
                    "another|some_other|a_later|a_better time|date", "bad|poor|tough|busy timing|time",
                    "timing isnt|is_not right|great|good|ideal", "too busy", "swamped", "slammed",
                    "busy right now|at_the_moment|this_quarter|this_month",
                    "revisit [this|it] [in|later|next|after]", "reconnect", "reconvene",
                    "not interested right now|at_the_moment|at_this_time|for_now|yet|currently",
                    "not a priority right now|at_the_moment|this_quarter|this_year|for_now", "down the road",
                    "were|we_are|im|i_am all set for_now|at_the_moment|right_now|this_year|this_quarter",
                    "in the future", "when|once im|i_am back",
                    "talk|speak|chat|connect|catch_up|meet|reconnect|pick_this_up|pick_it_up after|afterwards|then"
                            + "|when_im_back|once_im_back",
                    "rfp", "tender", "request for proposal|proposals"),
            Cue.of(DEFERRAL, 0.6, "asks to follow up", DECLINES_FOLLOW_UP,
                    "follow up", "follow_up with me", "keep in touch", "stay in touch", "keep me posted"),
            Cue.of(REFERRAL, 0.85, "refers to someone else", null,
                    "reach_out|talk|speak|write|get_in_touch|connect [to|with] my|our " + PEOPLE,
                    "contact|email|ping|try|ask|cc|copy my|our " + PEOPLE,
                    "loop|looping|looped [in]", "looping|looped [my|our] " + PEOPLE, "cced|ccd|copied|copying|cc",
                    "forwarded|forwarding|passed|passing|forward|pass this|it|your_email|your_note|your_message"
                            + " [on|along] [to]",
                    "not the right person|contact|one|team|department", "not the best person|contact",
                    "wrong person|contact|department|team", "right|better|best person|contact [for_this|for_that] is|would_be", "a better person", "better suited",
                    "she|he|who handles|owns|manages|runs|looks_after|takes_care_of",
                    "is|are in charge of", "is|are responsible for", "decision maker is|would_be",
                    "not the decision maker", "not my area|department|call|decision|remit",
                    "not involved in", "someone else on|in|at my|our team|company", "someone else who|handles",
                    "^my colleague"),
            Cue.of(HEDGE, 0.5, "acknowledges only", null, "^noted", "duly noted",
                    "noted with_thanks|thanks|thank_you", "received with thanks",
                    "keep it|this|your_details|your_info on file"),
            Cue.of(HEDGE, 0.4, "hedges", null,
                    "maybe", "perhaps", "possibly", "might be", "could be", "potentially", "unsure",
                    "let me think", "think about it", "well see", "depends"),
            Cue.of(IDENTITY, 0.6, "asks who is writing", null,
                    "who is|s this", "whos this", "who are you", "do i know you", "have we met",
                    "how did you get my|this|our email|address|number|contact|details",
                    "where did you get my|this|our email|address|number|contact|details",
                    "who gave you my|this|our email|address|number|contact|details",
                    "what is|s this about|regarding", "whats this about|regarding", "what company",
                    "what do you mean", "remind me", "why me",
                    "why did|do|are|would you email|emailing|e_mail|contact|contacting|write|writing|message|mail"
                            + " [me|us]",
                    "why am i|are_we getting|receiving this|these|your"));

    private CueCatalog() {
    }

    private static final List<Cue> ALL = java.util.stream.Stream.of(CUES, EuropeanCues.cues(), ConceptCues.cues())
            .flatMap(List::stream).toList();

    /**
     * Every cue, English first, then German, French, Spanish, Portuguese, Italian and Dutch, then the concepts
     * written in all seven at once ({@link ConceptCues}).
     */
    static List<Cue> cues() {
        return ALL;
    }
}

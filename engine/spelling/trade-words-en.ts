/**
 * English words of the trades that the American and British Hunspell lists lack, lower case,
 * singular. Accented loanwords need no entry: they are checked without their accents.
 */
export const TRADE_WORDS_EN: readonly string[] = [
  // Beauty, hair, nails
  'balayage', 'ombre', 'babylights', 'lowlights', 'keratin', 'blowdry', 'blow-dry', 'updo', 'gel', 'shellac', 'gelish', 'acrylics',
  'dermaplaning', 'microneedling', 'lash', 'brow', 'threading', 'hydrafacial', 'barbering', 'skincare', 'nailcare', 'pedi', 'mani',
  // Food, café, bakery
  'sourdough', 'focaccia', 'ciabatta', 'brioche', 'patisserie', 'viennoiserie', 'flapjack', 'traybake', 'panini', 'bao', 'poke', 'barista',
  'carte', 'takeaway', 'brunch', 'glutenfree', 'vegan', 'veggie', 'oatmilk', 'flat-white', 'cortado', 'macchiato', 'affogato', 'chai',
  // Building and renovation
  'drywall', 'plasterboard', 'skirting', 'architrave', 'grouting', 'underfloor', 'damp-proofing', 'repointing', 'render', 'screed',
  'decking', 'guttering', 'soffit', 'fascia', 'loft', 'retrofit', 'low-voc',
  // Plumbing, heating and electrics
  'unvented', 'combi', 'powerflush', 'powerflushing', 'thermostatic', 'immersion', 'megaflo', 'trv', 'rcd', 'rewire', 'rewiring', 'downlight',
  'downlighter', 'consumer-unit', 'landlord', 'gas-safe',
  // Dental and medical
  'radiograph', 'orthodontics', 'orthodontist', 'endodontics', 'periodontal', 'periodontist', 'hygienist', 'invisalign', 'aligner',
  'veneer', 'denture', 'implantology', 'physio', 'physiotherapy', 'osteopath', 'podiatrist', 'chiropodist',
  // Informal words of friendly copy; short units
  'mins', 'hrs', 'ish', 'comfy', 'yummy', 'cuppa', 'brekkie', 'arvo',
  // Childcare and schools
  'preschooler', 'schooler', 'daycare',
  // Horses, pets and stables; a de- verb undoes a pest or a coat ('deworming', 'deshedding')
  'gaited', 'deworm', 'dewormer', 'deflea', 'deshed', 'detangle', 'detangler', 'delouse',
  // Auto, rental, hotel, fitness, finance
  'detailing', 'degrease', 'degreaser', 'bodyshop', 'valeting', 'mot', 'aircon', 'minibus', 'walk-in', 'ensuite', 'en-suite', 'checkout', 'check-in', 'self-catering',
  'metallic', 'hiit', 'spin', 'bootcamp', 'kettlebell', 'reformer', 'bookkeeping', 'payroll', 'conveyancing', 'probate', 'remortgage',
];

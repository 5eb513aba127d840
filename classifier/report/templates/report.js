// Filter: show all questions, or only those not fully answered. Works with the keyboard
// (native radio buttons); without JavaScript every question stays visible.
(function () {
  var radios = document.querySelectorAll('input[name="toon"]');
  function apply() {
    var value = document.querySelector('input[name="toon"]:checked').value;
    var cards = document.querySelectorAll('article.card');
    var shown = 0;
    for (var i = 0; i < cards.length; i++) {
      var label = cards[i].getAttribute('data-label');
      var visible = value === 'alle' || (value === 'open' && label !== 'reply') || (value === 'niet' && label === 'non_reply');
      cards[i].hidden = !visible;
      if (visible) { shown++; }
    }
    var status = document.getElementById('filter-status');
    if (status) { status.textContent = shown + ' van ' + cards.length + ' vragen getoond'; }
  }
  for (var i = 0; i < radios.length; i++) { radios[i].addEventListener('change', apply); }
  if (radios.length) { apply(); }
})();

/** The application shell. The explorer (map, filters, table) mounts here in the next step. */
export function App() {
  return (
    <main>
      <h1>Atlas de l'écosystème d'intégration — Wallonie</h1>
      <p>
        Qui fait quoi, et où, pour les personnes déplacées d'Ukraine en Wallonie. L'explorateur
        (carte, filtres, tableau) arrive à l'étape suivante ; les données se vérifient déjà avec{' '}
        <code>npm run validate -- data</code>.
      </p>
    </main>
  );
}

import ReactDOM from 'react-dom/client';

function Options() {
  return <main><h1>法审助手 设置</h1></main>;
}

ReactDOM.createRoot(document.getElementById('root')!).render(<Options />);
